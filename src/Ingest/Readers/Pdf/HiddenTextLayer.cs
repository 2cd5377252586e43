using Analytics.Ingest.Text.Syllables;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Tells a scan that was OCR'd elsewhere (scanner software, ocrmypdf, Acrobat): its text is invisible
/// (render mode 3) over an image covering the page. Such a page is read again from its image whatever the
/// layer's language: the layer carries words but not the table's rules, so a plan's rows and columns are lost
/// (measured on printed-and-scanned corpus plans made searchable with `tesseract … -l vie pdf`: item F1 by
/// criterion / budget / timeline 0.58 / 0.25 / 0.08 from the layer, 1 / 1 / 1 from the image). The layer's
/// language only names the reason: a model that does not know Vietnamese gives "Cai tién chat lwong", many
/// words no Vietnamese syllable and hardly any letter outside Latin-1 (ư, ơ, đ, ạ, ế …).</summary>
internal static class HiddenTextLayer
{
    private const double MinImageCoverage = 0.5;
    private const double MinInvisibleShare = 0.9;
    private const int MinWords = 20;

    /// <summary>Vietnamese prose has about one syllable in five that is not one when read by an English model;
    /// good Vietnamese OCR has a few in a hundred (abbreviations, codes).</summary>
    private const double MaxForeignShare = 0.15;

    /// <summary>About half of the syllables of Vietnamese prose carry a letter outside Latin-1.</summary>
    private const double MinVietnameseLetterShare = 0.1;

    public static OcrLayer Of(Page page)
    {
        var letters = page.Letters;
        if (letters.Count == 0) return OcrLayer.None;
        var invisible = letters.Count(l => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip);
        if (invisible < MinInvisibleShare * letters.Count || !IsCoveredByImage(page)) return OcrLayer.None;
        return IsForeign(page) ? OcrLayer.Foreign : OcrLayer.Vietnamese;
    }

    private static bool IsForeign(Page page)
    {
        var words = page.GetWords().Select(w => w.Text).Where(w => w.Length >= 2 && w.All(char.IsLetter)).ToList();
        if (words.Count < MinWords) return false;
        var foreign = words.Count(w => !SyllableInventory.Default.IsSyllable(w));
        var vietnamese = words.Count(w => w.Any(c => c > '\u00FF'));
        return foreign > MaxForeignShare * words.Count || vietnamese < MinVietnameseLetterShare * words.Count;
    }

    private static bool IsCoveredByImage(Page page)
    {
        var area = page.Width * page.Height;
        return area > 0 && page.GetImages().Any(i => Area(i.BoundingBox) >= MinImageCoverage * area);
    }

    private static double Area(PdfRectangle box) => box.Width * box.Height;
}
