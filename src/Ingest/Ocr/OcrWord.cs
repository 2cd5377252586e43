using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr;

/// <summary>One recognised word: NFC text, its box in page pixels, confidence 0..1, and the ids of the
/// Tesseract block and text line it belongs to (ids are unique within the page).</summary>
public sealed record OcrWord(string Text, BoundingBox Box, double Confidence, int BlockId, int LineId);
