using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Text;

/// <summary>Accent folding for matching: "Thư viện" → "thu vien", "Đào" → "dao".
/// Used wherever text is compared regardless of diacritics (lexicons, criterion names, search).</summary>
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
}
