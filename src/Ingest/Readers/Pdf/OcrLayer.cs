namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Whether a PDF page's text is another program's invisible OCR of the page image, and in what language.</summary>
public enum OcrLayer
{
    /// <summary>The page's text is its own (born digital), or it has none.</summary>
    None,
    /// <summary>Invisible OCR text that reads as Vietnamese.</summary>
    Vietnamese,
    /// <summary>Invisible OCR text from a model that does not know Vietnamese.</summary>
    Foreign,
}
