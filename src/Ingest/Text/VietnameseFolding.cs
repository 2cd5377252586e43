using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Text;

/// <summary>Accent folding for matching: "Thư viện" → "thu vien", "Đào" → "dao".
/// Used wherever text is compared regardless of diacritics (lexicons, criterion names, search): the one home
/// of folding that may change a text's length, which ingest, analysis and the search index all call (the
/// same-length view for slicing matches out of the original is <c>Normalization.FoldedText</c>).</summary>
public static class VietnameseFolding
{
    /// <summary>Lower-case, diacritics removed, đ → d. Length may differ from the input.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    /// <summary>NFC, the one form text has inside the product.</summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>NFC with whitespace runs made single spaces and the ends trimmed: a name as it is compared.</summary>
    public static string Squash(string text) =>
        string.Join(' ', Nfc(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private const int LetterTableStart = 0x00C0;
    private const int LetterTableEnd = 0x1EFF;
    private static readonly char[] LetterTable = BuildLetterTable();

    /// <summary>One NFC letter folded as <see cref="Fold"/> folds it, its case kept ("Ữ" → 'U', "đ" → 'd'): for
    /// folding in place, one character for one (the search index folds its tokens so, keeping their offsets).</summary>
    public static char FoldLetter(char c) => c is >= (char)LetterTableStart and <= (char)LetterTableEnd ? LetterTable[c - LetterTableStart] : c;

    private static char[] BuildLetterTable()
    {
        var table = new char[LetterTableEnd - LetterTableStart + 1];
        for (var c = LetterTableStart; c <= LetterTableEnd; c++)
        {
            var folded = Fold(((char)c).ToString());
            // Only where one letter comes out; the case stays as given.
            table[c - LetterTableStart] = folded.Length == 1 ? (char.IsUpper((char)c) ? char.ToUpperInvariant(folded[0]) : folded[0]) : (char)c;
        }
        return table;
    }
}
