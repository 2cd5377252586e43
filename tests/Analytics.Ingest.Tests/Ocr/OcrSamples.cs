using System.Text;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Finds the committed OCR samples (tests/Analytics.Ingest.Tests/Ocr/Samples) from the test binaries,
/// and flattens a document to text in reading order (tables row by row, cell by cell).</summary>
internal static class OcrSamples
{
    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Truth(string plan) => File.ReadAllText(PathOf($"{plan}.truth.txt"), Encoding.UTF8);

    public static string TextOf(SourceDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    builder.AppendLine(text.Text);
                    break;
                case TableBlock table:
                    foreach (var row in table.Rows)
                        builder.AppendLine(string.Join(" | ", row.Cells.Where(c => !c.IsMergedContinuation).Select(c => c.Text)));
                    break;
            }
        }
        return builder.ToString();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Analytics.Ingest.Tests", "Ocr", "Samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("OCR samples folder not found above " + AppContext.BaseDirectory);
    }
}
