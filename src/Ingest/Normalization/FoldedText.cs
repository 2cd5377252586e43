using System.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>Accent folding that keeps every character in place, so a match found in the folded text
/// can be cut out of the original at the same offsets. Each character becomes its lower-case base letter
/// ("Ữ" → 'u', "Đ" → 'd'); whitespace runs are kept as they are. OCR look-alikes of vowels (€ for e, ¢ for e)
/// fold to the vowel, since English-model OCR of Vietnamese produces them. The one same-length folding of the
/// product: the parser's <c>Folded.Aligned</c> is this.</summary>
internal static class FoldedText
{
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < Table.Length ? Table[c] : c == '€' ? 'e' : char.ToLowerInvariant(c);
            }
        });
    }

    private static char[] BuildTable()
    {
        // Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (where the
        // precomposed Vietnamese letters live) plus general punctuation, so dashes stay dashes.
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (ch is 'đ' or 'Đ') { table[c] = 'd'; continue; }
            if (ch is '¢') { table[c] = 'e'; continue; }
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 ? decomposed[0] : ch;
            table[c] = char.ToLowerInvariant(baseChar);
        }
        return table;
    }
}
