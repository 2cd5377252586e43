namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Corpus pages printed by LibreOffice, rasterised by pdftoppm and degraded like a scan or a phone
/// photo (tests/Analytics.Ingest.Tests/Ocr/Printed, made by scripts/print-samples/make.sh), beside the OCR samples.</summary>
internal static class PrintedPages
{
    public static string Folder { get; } = Path.Combine(Path.GetDirectoryName(OcrSamples.Folder)!, "Printed");

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
