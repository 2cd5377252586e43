namespace Analytics.Ingest.Ocr.Imaging;

/// <summary>The encoded image formats the OCR path decodes (Leptonica codecs).</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Tiff,
}
