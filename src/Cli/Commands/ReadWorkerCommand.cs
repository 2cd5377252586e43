using System.CommandLine;
using System.Globalization;
using Analytics.Ingest;
using Analytics.Ingest.Isolation;
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
        var command = new Command(Name, "Reader child process (internal)") { deadline, depth };
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
            return ReaderWorkerLoop.Run(DefaultPipeline.Create(limits), input, output);
        });
        return command;
    }

    /// <summary>How to start a reader: this same `plans` executable in worker mode, through its apphost
    /// when there is one, else through the dotnet host.</summary>
    public static WorkerCommand Launch(IngestLimits limits)
    {
        var assembly = typeof(ReadWorkerCommand).Assembly.Location;
        var arguments = new List<string> { Name, "--deadline", limits.FileDeadline.TotalSeconds.ToString(CultureInfo.InvariantCulture) };
        var apphost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(apphost)) return new WorkerCommand(apphost, arguments);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return new WorkerCommand(host, [assembly, .. arguments]);
    }
}
