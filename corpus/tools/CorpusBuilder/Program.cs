using CorpusBuilder;

// Builds the corpus's Word documents from corpus/sources/*.md.
// Usage: CorpusBuilder <sources-dir> <docx-out-dir> <pdf-staging-dir>
// Sources marked "% pdf" are written to the staging folder for the build script to convert to PDF.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: CorpusBuilder <sources-dir> <docx-out-dir> <pdf-staging-dir>");
    return 2;
}
var (sources, docxOut, pdfStaging) = (args[0], args[1], args[2]);
Directory.CreateDirectory(pdfStaging);
var failures = 0;
foreach (var path in Directory.EnumerateFiles(sources, "*.md").Order(StringComparer.Ordinal))
{
    try
    {
        var spec = SourceReader.Read(path);
        var target = Path.Combine(spec.Pdf ? pdfStaging : docxOut, spec.Name + ".docx");
        DocxWriter.Write(spec, target);
        Console.WriteLine($"{(spec.Pdf ? "pdf " : "docx")} {target}");
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        failures++;
    }
}
return failures == 0 ? 0 : 1;
