using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Syllable accuracy of Vietnamese-OCR'd twins against their born-digital documents, from the dumps
/// <see cref="ToneDumpTool"/> made: per family and per part of the split, for the text as a given repair leaves it.</summary>
public static class ToneMeasurement
{
    public static readonly string[] Families = ["scan", "photo", "fax"];

    /// <summary>Every line of a document's body (text blocks and cells, split at line breaks).</summary>
    public static IEnumerable<string> Lines(SourceDocument document)
    {
        foreach (var block in document.Blocks)
        {
            if (block is TextBlock t) foreach (var line in t.Text.Split('\n')) yield return line;
            else if (block is TableBlock table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    foreach (var line in cell.Text.Split('\n')) yield return line;
            }
        }
    }

    /// <summary>The twins of <paramref name="dump"/> with both dumps, as (family, plan, OCR'd document, born-digital document).</summary>
    public static IEnumerable<(string Family, string Plan, SourceDocument Ocr, SourceDocument Digital)> Twins(string dump)
    {
        foreach (var family in Families)
        {
            var folder = Path.Combine(dump, family);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var plan = Path.GetFileNameWithoutExtension(file);
                var digital = Path.Combine(dump, "digital", plan + ".txt");
                if (File.Exists(digital)) yield return (family, plan, DocumentDump.Read(file), DocumentDump.Read(digital));
            }
        }
    }

    /// <summary>Aligns one OCR'd document (after <paramref name="repair"/>) with its born-digital document.</summary>
    public static ToneAccuracy Measure(SourceDocument ocr, SourceDocument digital, Func<SourceDocument, SourceDocument> repair, Action<AlignedPair>? onPair = null)
    {
        var alignment = new SyllableAlignment(Lines(digital));
        var accuracy = new ToneAccuracy();
        foreach (var line in Lines(repair(ocr)))
        {
            var pairs = alignment.Align(line);
            accuracy.Add(pairs);
            if (onPair is not null) foreach (var p in pairs) onPair(p);
        }
        accuracy.AddDocument(alignment.DigitalWords, alignment.Uncovered);
        return accuracy;
    }

    /// <summary>The document as a born-digital reader would give it: no OCR confidence anywhere.</summary>
    public static SourceDocument WithoutConfidence(SourceDocument document) => document with
    {
        Blocks = document.Blocks.Select(b => b switch
        {
            TextBlock t => t with { Confidence = null },
            TableBlock table => table with { Rows = table.Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Confidence = null }).ToList())).ToList() },
            _ => b,
        }).ToList(),
    };

    /// <summary>The document as if OCR had read it with <paramref name="confidence"/> everywhere.</summary>
    public static SourceDocument WithConfidence(SourceDocument document, double confidence) => document with
    {
        Blocks = document.Blocks.Select(b => b switch
        {
            TextBlock t => t with { Confidence = confidence },
            TableBlock table => table with { Rows = table.Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Confidence = confidence }).ToList())).ToList() },
            _ => b,
        }).ToList(),
    };
}
