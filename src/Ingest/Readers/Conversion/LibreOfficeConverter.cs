using System.ComponentModel;
using System.Diagnostics;

namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Converts with LibreOffice headless (`soffice --convert-to docx`). Each conversion gets its own
/// temporary folder holding the input, the output and a private LibreOffice profile
/// (-env:UserInstallation), so conversions can run in parallel, never touch the user's profile and leave
/// nothing behind. Headless LibreOffice has no interaction handler, so a file it cannot open (a password
/// it would ask for included) fails instead of waiting on a prompt.</summary>
public sealed class LibreOfficeConverter(LibreOfficeOptions? options = null) : IDocumentConverter
{
    private const string DebianPackage = "libreoffice-writer-nogui";

    private readonly LibreOfficeOptions _options = options ?? LibreOfficeOptions.Default;

    public Result<byte[]> ToDocx(SourceFile file, LegacyFormat format, CancellationToken cancellationToken = default) =>
        Convert(file, format, "docx:MS Word 2007 XML", ".docx", cancellationToken);

    /// <summary>A DOCX (a report) printed to PDF by LibreOffice Writer, as an office prints it.</summary>
    public Result<byte[]> DocxToPdf(byte[] docx, CancellationToken cancellationToken = default) =>
        Convert(new SourceFile("report.docx", docx), WordReport, "pdf:writer_pdf_Export", ".pdf", cancellationToken);

    private static readonly LegacyFormat WordReport = new("docx", "Word report (.docx)", ".docx", "MS Word 2007 XML");

    private Result<byte[]> Convert(SourceFile file, LegacyFormat format, string target, string extension, CancellationToken cancellationToken)
    {
        if (ExecutableLocator.Find(_options.Executable) is not { } executable) return NotInstalled(format);

        var work = Directory.CreateTempSubdirectory("plans-convert-");
        try
        {
            var input = Path.Combine(work.FullName, "input" + format.Extension);
            var output = Path.Combine(work.FullName, "out");
            File.WriteAllBytes(input, file.Content.ToArray());
            var run = Run(executable, format, Arguments(format, target, input, output, Path.Combine(work.FullName, "profile")), cancellationToken);
            if (!run.IsSuccess) return Result<byte[]>.Failure(run.Error!);

            var converted = Path.Combine(output, "input" + extension);
            if (!File.Exists(converted))
                return Result<byte[]>.Failure($"LibreOffice could not open the {format.Label} (damaged, or not really in that format){Detail(run.Value)}");
            var bytes = File.ReadAllBytes(converted);
            return bytes.Length == 0
                ? Result<byte[]>.Failure($"LibreOffice converted the {format.Label} to nothing{Detail(run.Value)}")
                : bytes;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static IReadOnlyList<string> Arguments(LegacyFormat format, string target, string input, string output, string profile) =>
    [
        "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri,
        "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
        "--infilter=" + format.ImportFilter,
        "--convert-to", target,
        "--outdir", output,
        input,
    ];

    /// <summary>Runs the process to its end or its deadline; the value is what it wrote to stderr.</summary>
    private Result<string> Run(string executable, LegacyFormat format, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return Result<string>.Failure($"reading {format.Label} needs LibreOffice (Debian: {DebianPackage}); {executable} could not be started ({e.Message})");
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Deadline);
        try
        {
            process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            return Result<string>.Failure($"LibreOffice did not finish converting the {format.Label} within {_options.Deadline.TotalSeconds:0} s (stopped)");
        }
        stdout.Wait(TimeSpan.FromSeconds(5));
        return stderr.Wait(TimeSpan.FromSeconds(5)) ? stderr.Result : "";
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
    }

    // LibreOffice reports a load failure on stderr ("Error: source file could not be loaded") and exits 0;
    // its last line is the only detail it gives. Its javaldx start-up warning says nothing about the file.
    private static string Detail(string stderr)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.Contains("javaldx", StringComparison.Ordinal));
        if (line is null) return "";
        if (line.StartsWith("Error:", StringComparison.Ordinal)) line = line["Error:".Length..].Trim();
        return $": LibreOffice says \"{line}\"";
    }

    private static Result<byte[]> NotInstalled(LegacyFormat format) =>
        Result<byte[]>.Failure($"reading {format.Label} needs LibreOffice (Debian: {DebianPackage})");

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held by a dying process; the temp folder's owner cleans it later.
        }
    }
}
