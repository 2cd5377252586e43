using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Comparison keys for text fields of records. The key keeps letters (with their accents) and
/// digits, lower-cased, and turns everything else into single spaces, so "Năm học: 2024 – 2025" and
/// "năm học 2024-2025" compare equal while "Thư viện" and "Thu vien" do not.</summary>
internal static class TextKey
{
    private static readonly string[] s_provincePrefixes = ["tỉnh ", "thành phố ", "tp "];

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    public static bool SameText(string? expected, string? actual) => Of(expected) == Of(actual);

    /// <summary>Province names compare without their "Tỉnh"/"Thành phố"/"TP." prefix.</summary>
    public static string Province(string? text)
    {
        var key = Of(text);
        foreach (var prefix in s_provincePrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return key[prefix.Length..];
        }
        return key;
    }

    public static bool SameProvince(string? expected, string? actual) => Province(expected) == Province(actual);

    /// <summary>Document numbers compare without any whitespace ("45 /KH-THCS" = "45/KH-THCS").</summary>
    public static bool SameNumber(string? expected, string? actual) =>
        string.Concat((expected ?? "").Where(c => !char.IsWhiteSpace(c))) ==
        string.Concat((actual ?? "").Where(c => !char.IsWhiteSpace(c)));

    public static IReadOnlyList<string> Tokens(string? text)
    {
        var key = Of(text);
        return key.Length == 0 ? [] : key.Split(' ');
    }

    /// <summary>Token-overlap F1 of two texts (multiset of tokens); 1 for two empty texts.</summary>
    public static double TokenF1(string? a, string? b)
    {
        var left = Tokens(a);
        var right = Tokens(b);
        if (left.Count == 0 && right.Count == 0) return 1;
        if (left.Count == 0 || right.Count == 0) return 0;

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in left) counts[token] = counts.GetValueOrDefault(token) + 1;
        var common = 0;
        foreach (var token in right)
        {
            if (counts.GetValueOrDefault(token) > 0)
            {
                counts[token]--;
                common++;
            }
        }
        if (common == 0) return 0;
        var precision = (double)common / right.Count;
        var recall = (double)common / left.Count;
        return 2 * precision * recall / (precision + recall);
    }
}
