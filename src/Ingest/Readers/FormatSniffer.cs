namespace Analytics.Ingest.Readers;

/// <summary>Decides a file's format from its first bytes; the name is only a tie-breaker.
/// Format names: docx, pdf, png, jpeg, tiff, text, or unknown.</summary>
public static class FormatSniffer
{
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    public static string Detect(ReadOnlySpan<byte> content, string name)
    {
        if (content.StartsWith("%PDF"u8)) return "pdf";
        if (content.StartsWith("PK\u0003\u0004"u8)) return "docx";
        if (content.StartsWith(PngMagic)) return "png";
        if (content.StartsWith(JpegMagic)) return "jpeg";
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)) return "tiff";
        return LooksLikeText(content) ? "text" : "unknown";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf16LittleEndianBom) || content.StartsWith(Utf16BigEndianBom)) return true;
        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control * 100 <= sample.Length;
    }
}
