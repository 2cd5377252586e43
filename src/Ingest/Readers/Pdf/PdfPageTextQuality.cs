namespace Analytics.Ingest.Readers.Pdf;

/// <summary>How usable a PDF page's text layer is. The seam for OCR: a page with
/// <see cref="NeedsOcr"/> has no (or no readable) text and should be recognised from its image.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Letters">Visible characters in the text layer (spaces not counted).</param>
/// <param name="UnreadableLetters">Characters with no Unicode meaning (private-use, U+FFFD, control).</param>
/// <param name="Images">Images drawn on the page.</param>
/// <param name="OcrLayer">Whether the text is another program's invisible OCR of the page image
/// (<see cref="HiddenTextLayer"/>): such a page is read again from its image.</param>
public sealed record PdfPageTextQuality(int Page, int Letters, int UnreadableLetters, int Images, OcrLayer OcrLayer = OcrLayer.None)
{
    /// <summary>Fewer letters than this on a page that shows an image means the text is in the image.</summary>
    public const int MinLettersWithImage = 20;

    public bool HasTextLayer => Letters > 0;

    public bool NeedsOcr =>
        Letters == 0
        || (Images > 0 && Letters < MinLettersWithImage)
        || UnreadableLetters * 10 > Letters * 3
        || OcrLayer != OcrLayer.None;

    internal string? Warning => !NeedsOcr ? null
        : Letters == 0 ? $"page {Page}: no text layer (scanned?); OCR needed"
        : OcrLayer == OcrLayer.Foreign ? $"page {Page}: the invisible text over the page image is not Vietnamese (OCR'd elsewhere with another language?); OCR again"
        : OcrLayer == OcrLayer.Vietnamese ? $"page {Page}: the text is invisible OCR over the page image, without the table's rows and columns; OCR again"
        : UnreadableLetters * 10 > Letters * 3 ? $"page {Page}: text layer unreadable ({UnreadableLetters} of {Letters} characters have no Unicode mapping); OCR needed"
        : $"page {Page}: almost no text over an image ({Letters} characters); OCR needed";
}
