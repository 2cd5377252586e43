using System.Globalization;
using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Reads text PDFs: words from glyph positions (accents kept on their letters, NFC), paragraphs
/// in reading order, tables rebuilt from ruling lines with row and column spans. Pages without a usable
/// text layer are listed in <see cref="SourceDocument.Warnings"/>; <see cref="AssessTextLayer"/> gives
/// the per-page verdict so an OCR reader can wrap this one and recognise just those pages.
/// Encrypted, damaged, truncated or over-long PDFs come back as failures with a reason.</summary>
public sealed class PdfReader(IngestLimits? limits = null) : IDocumentReader
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        return Open(file, (document, truncated) =>
        {
            var blocks = new List<Block>();
            var inMargin = new HashSet<Block>(ReferenceEqualityComparer.Instance);
            var warnings = new List<string>();
            if (truncated) warnings.Add("the PDF has no end-of-file marker (cut short?); read what was there");
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var glyphs = GlyphExtractor.Extract(page);
                if (Assess(page, number).Warning is { } warning) warnings.Add(warning);
                var pageBlocks = PdfPageLayout.Lay(file.Source, number, glyphs, RulingSegments.Collect(page));
                blocks.AddRange(pageBlocks);
                inMargin.UnionWith(pageBlocks.Where(b => PdfFurniture.IsInMargin(b, page.Height)));
            }
            var (body, furniture) = PdfFurniture.Separate(blocks, inMargin);
            return new SourceDocument(file.Source, "pdf", Renumber(CrossPageTables.Join(body)), Renumber(furniture), warnings);
        });
    }

    /// <summary>Per-page text-layer quality, without laying the pages out.</summary>
    public Result<IReadOnlyList<PdfPageTextQuality>> AssessTextLayer(SourceFile file) =>
        Open<IReadOnlyList<PdfPageTextQuality>>(file, (document, _) =>
            Enumerable.Range(1, document.NumberOfPages).Select(n => Assess(document.GetPage(n), n)).ToList());

    private Result<T> Open<T>(SourceFile file, Func<PdfDocument, bool, T> read)
    {
        var truncated = !HasEndOfFileMarker(file.Content.Span);
        if (PdfStreamGuard.Check(file.Content.Span) is { } refused) return Result<T>.Failure(refused);
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages == 0) return Result<T>.Failure(truncated ? "truncated PDF: no pages could be found" : "the PDF has no pages");
            if (document.NumberOfPages > _limits.MaxPages)
                return Result<T>.Failure($"the PDF has {document.NumberOfPages} pages (limit {_limits.MaxPages})");
            return read(document, truncated);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Result<T>.Failure("encrypted PDF: it needs a password to open; save an unprotected copy");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports malformed input with many exception types; any of them means this file is
            // unreadable, not that the batch should stop.
            var what = truncated ? "truncated PDF (the file was cut short)" : "damaged PDF";
            return Result<T>.Failure($"{what}: {e.Message.TrimEnd('.')}");
        }
    }

    internal static PdfPageTextQuality Assess(Page page, int number)
    {
        int letters = 0, unreadable = 0;
        foreach (var letter in page.Letters)
        {
            foreach (var c in letter.Value)
            {
                if (char.IsWhiteSpace(c)) continue;
                letters++;
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (c == '\uFFFD' || category is UnicodeCategory.PrivateUse or UnicodeCategory.Control) unreadable++;
            }
        }
        return new PdfPageTextQuality(number, letters, unreadable, page.NumberOfImages, HiddenTextLayer.Of(page));
    }

    private static List<Block> Renumber(List<Block> blocks)
    {
        int? page = null;
        var index = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Provenance.Page != page) (page, index) = (blocks[i].Provenance.Page, 0);
            blocks[i] = blocks[i] with { Provenance = blocks[i].Provenance with { Index = index++ } };
        }
        return blocks;
    }

    private static bool HasEndOfFileMarker(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - 4096)..].IndexOf("%%EOF"u8) >= 0;
}
