namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Corpus pages printed by LibreOffice, rasterised by pdftoppm and degraded like a scan or a phone
/// photo (tests/Analytics.Ingest.Tests/Ocr/Printed, made by scripts/print-samples/make.sh).</summary>
internal static class PrintedPages
{
    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Analytics.Ingest.Tests", "Ocr", "Printed");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/Analytics.Ingest.Tests/Ocr/Printed not found above the test binaries");
    }
}
