using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Ocr;

/// <summary>Recognised pages → one <see cref="SourceDocument"/>. Pages that failed become warnings as long as
/// some page gave text; when none did, the document fails with the first page's reason.
/// Doubtful text is reported as warnings naming page and text, and keeps its confidence on the block.</summary>
internal static class OcrDocumentBuilder
{
    private const int MaxConfidenceWarnings = 20;

    public static Result<SourceDocument> Build(string source, string format, IReadOnlyList<Result<OcrPage>> pages, double lowConfidence,
        IEnumerable<string>? extraWarnings = null)
    {
        var blocks = new List<Block>();
        var warnings = new List<string>(extraWarnings ?? []);
        var failures = new List<string>();
        var tableColumns = new Dictionary<Provenance, IReadOnlyList<double>>();
        var pageHeights = new Dictionary<int, double>();
        foreach (var page in pages)
        {
            if (!page.IsSuccess)
            {
                failures.Add(page.Error!);
                continue;
            }
            warnings.AddRange(page.Value.Notes.Select(n => $"p.{page.Value.Number}: {n}"));
            if (page.Value.Words.Count == 0) warnings.Add($"p.{page.Value.Number}: no text recognised");
            blocks.AddRange(PageLayout.Build(page.Value, source, tableColumns));
            pageHeights[page.Value.Number] = page.Value.Height;
        }

        if (blocks.Count == 0)
        {
            var reason = failures.Count > 0 ? failures[0] : "no text recognised on any page";
            return Result<SourceDocument>.Failure(failures.Count > 1 ? $"{reason} (and {failures.Count - 1} more page failures)" : reason);
        }
        var (body, furniture) = RunningLines.Split(blocks, pageHeights);
        blocks = Renumber(ScannedTableJoin.Join(body, tableColumns));
        warnings.AddRange(failures);
        warnings.AddRange(ConfidenceWarnings(blocks, lowConfidence));
        return new SourceDocument(source, format, blocks, furniture, warnings);
    }

    /// <summary>Numbers blocks in document order once tables cut by page breaks are joined.</summary>
    private static List<Block> Renumber(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++) blocks[i] = blocks[i] with { Provenance = blocks[i].Provenance with { Index = i } };
        return blocks;
    }

    private static IEnumerable<string> ConfidenceWarnings(List<Block> blocks, double lowConfidence)
    {
        var doubtful = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock { Confidence: { } c } text when c < lowConfidence:
                    doubtful.Add($"{Where(block)}: low OCR confidence ({c:P0}) in \"{Excerpt(text.Text)}\"");
                    break;
                case TableBlock table:
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.Confidence < lowConfidence))
                        doubtful.Add($"{Where(block)}: low OCR confidence ({cell.Confidence:P0}) in table cell \"{Excerpt(cell.Text)}\"");
                    break;
            }
        }
        if (doubtful.Count <= MaxConfidenceWarnings) return doubtful;
        return doubtful.Take(MaxConfidenceWarnings).Append($"… and {doubtful.Count - MaxConfidenceWarnings} more low-confidence passages");
    }

    private static string Where(Block block) => block.Provenance.Page is { } p ? $"p.{p}" : "text";

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
