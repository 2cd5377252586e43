using System.CommandLine;
using System.Globalization;
using Analytics.Ingest;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Pipeline;

namespace Analytics.Cli.Commands;

/// <summary>`plans read-worker` (hidden): the reader child process of <see cref="ReaderProcessPool"/>.
/// Reads requests on stdin and answers on stdout until stdin ends; not for people.</summary>
internal static class ReadWorkerCommand
{
    public const string Name = "read-worker";

    public static Command Create()
    {
        var deadline = new Option<double>("--deadline") { Description = "Seconds one file may take" };
        // For tests of the isolation itself: a reader run without the depth guard, as if a part got past it.
        var depth = new Option<int>("--max-xml-depth") { Description = "Deepest XML nesting read" };
        var engines = new Option<int>(OcrEnginesOption) { Description = "Pages OCR'd at once (default: one per core)" };
        var command = new Command(Name, "Reader child process (internal)") { deadline, depth, engines };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            var seconds = parseResult.GetValue(deadline);
            var limits = seconds > 0 ? IngestLimits.Default with { FileDeadline = TimeSpan.FromSeconds(seconds) } : IngestLimits.Default;
            if (parseResult.GetValue(depth) is > 0 and var maxDepth) limits = limits with { MaxXmlDepth = maxDepth };
            // Only protocol frames may reach stdout: anything else the code prints goes to stderr.
            using var output = Console.OpenStandardOutput();
            Console.SetOut(Console.Error);
            using var input = Console.OpenStandardInput();
            using var ocr = parseResult.GetValue(engines) is > 0 and var count ? new OcrEnginePool(OcrOptions.Default with { Workers = count }) : null;
            return ReaderWorkerLoop.Run(DefaultPipeline.Create(limits, ocr), input, output);
        });
        return command;
    }

    private const string OcrEnginesOption = "--ocr-engines";

    /// <summary>How to start a reader: this same `plans` executable in worker mode, through its apphost
    /// when there is one, else through the dotnet host.</summary>
    /// <param name="ocrEngines">Pages the reader OCRs at once (0: its default, one per core).</param>
    public static WorkerCommand Launch(IngestLimits limits, int ocrEngines = 0)
    {
        var assembly = typeof(ReadWorkerCommand).Assembly.Location;
        var arguments = new List<string> { Name, "--deadline", limits.FileDeadline.TotalSeconds.ToString(CultureInfo.InvariantCulture) };
        if (ocrEngines > 0) arguments.AddRange([OcrEnginesOption, ocrEngines.ToString(CultureInfo.InvariantCulture)]);
        var apphost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(apphost)) return new WorkerCommand(apphost, arguments);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return new WorkerCommand(host, [assembly, .. arguments]);
    }
}
