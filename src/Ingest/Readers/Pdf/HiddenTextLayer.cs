using Analytics.Ingest.Text.Syllables;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Tells a scan that was OCR'd elsewhere with a model that does not know Vietnamese (scanner software,
/// ocrmypdf's English default, Acrobat): its text is invisible (render mode 3) over an image covering the
/// page, and that text is not Vietnamese — "Cai tién chat lwong": many words are no Vietnamese syllable,
/// and hardly any carries a letter outside Latin-1 (ư, ơ, đ, ạ, ế …), which English OCR never produces.
/// Such a page is read again from its image; a layer that reads as Vietnamese is kept.</summary>
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

    public static bool IsForeignOcr(Page page)
    {
        var letters = page.Letters;
        if (letters.Count == 0) return false;
        var invisible = letters.Count(l => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip);
        if (invisible < MinInvisibleShare * letters.Count || !IsCoveredByImage(page)) return false;
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
