using System.Text;

namespace Analytics.Ingest.Parsing;

/// <summary>Accent-insensitive views of text for matching. <see cref="Aligned"/> keeps one character per
/// input character, so a match in the folded text slices the original at the same offsets. OCR look-alikes
/// of vowels (€ for e, ¢ for e) are folded too, since English-model OCR of Vietnamese produces them.</summary>
internal static class Folded
{
    /// <summary>Lower case, no diacritics, đ → d, same length as <paramref name="text"/> (NFC input).</summary>
    public static string Aligned(string text) => Normalization.FoldedText.Fold(text);

    /// <summary>Folded text with whitespace runs collapsed and trimmed.</summary>
    public static string Of(string text) => string.Join(' ', Aligned(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Folded letters and digits only: "Tiêu chu ẩn" and "T T" become "tieuchuan" and "tt".</summary>
    public static string Key(string text)
    {
        var folded = Aligned(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c) || c == '/') builder.Append(c);
        return builder.ToString();
    }
}
