using System.Text;
using System.Text.Unicode;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Readers.Text;

/// <summary>The decoded text of a file and the encoding it was read as.</summary>
internal sealed record DecodedText(string Text, string EncodingName, bool WasGuessed);

/// <summary>Decodes plan text files: UTF-8 and UTF-16 (with or without BOM), and Windows-1258 for the
/// legacy files written by older Vietnamese Windows set-ups. The result is always NFC.</summary>
internal static class TextDecoder
{
    private static readonly Lazy<Encoding> Windows1258 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (text, name, guessed) = DecodeRaw(bytes);
        return new DecodedText(VietnameseFolding.Nfc(Clean(text)), name, guessed);
    }

    private static (string Text, string Name, bool Guessed) DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), "utf-8", false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le", false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", false);

        switch (Utf16Guess(bytes))
        {
            case 1: return (Encoding.Unicode.GetString(bytes), "utf-16le", true);
            case 2: return (Encoding.BigEndianUnicode.GetString(bytes), "utf-16be", true);
        }

        if (Utf8.IsValid(bytes)) return (Encoding.UTF8.GetString(bytes), "utf-8", false);
        return (Windows1258.Value.GetString(bytes), "windows-1258", true);
    }

    /// <summary>1 = little-endian, 2 = big-endian, 0 = not UTF-16. Vietnamese and ASCII text in UTF-16 has
    /// most high bytes zero (Latin) or 0x1E (Vietnamese letters), so NULs cluster on one parity.</summary>
    private static int Utf16Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return 0;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNuls++;
            if (sample[i + 1] == 0) oddNuls++;
        }
        var pairs = sample.Length / 2;
        if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs) return 1;
        if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs) return 2;
        return 0;
    }

    /// <summary>Unifies line ends and drops characters that only get in the way of layout recovery
    /// (NUL, zero-width marks, BOMs inside the text); no-break spaces become spaces.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u2028' or '\u2029' or '\u000B' or '\u000C':
                    builder.Append('\n');
                    break;
                case '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                case '\0' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    if (c < ' ' && c != '\t' && c != '\n') break;
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
