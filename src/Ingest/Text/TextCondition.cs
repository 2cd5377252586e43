namespace Analytics.Ingest.Text;

/// <summary>What state a line of Vietnamese text is in, as far as repair is concerned.</summary>
public enum TextCondition
{
    /// <summary>Nothing Vietnamese to judge (numbers, codes, another language, too short).</summary>
    Neutral,
    /// <summary>Correct Unicode Vietnamese: left alone.</summary>
    Clean,
    /// <summary>Vietnamese typed or exported without diacritics.</summary>
    Unaccented,
    /// <summary>Read by an OCR model for English: look-alike letters, stray Latin accents, digits in words.</summary>
    OcrDamaged,
    /// <summary>Legacy single-byte encodings (TCVN3, VNI, Windows-1258) read as Latin-1.</summary>
    LegacyEncoding,
    /// <summary>Unicode with combining marks (decomposed, or Windows-1258 style) instead of NFC.</summary>
    Decomposed,
}
