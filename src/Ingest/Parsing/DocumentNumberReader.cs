using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads the document number from the "Số: 207/KH-LQĐ" line: spacing normalised
/// ("76/KH - THHM" → "76/KH-THHM"), a stray dot before the slash dropped ("290./KH" → "290/KH"),
/// null when the number itself was left blank ("Số:   /KH-MNHM2").</summary>
internal static partial class DocumentNumberReader
{
    /// <summary>Whether the line is a "Số:" line (OCR may garble the word: "sS4 125/KH-NTT").</summary>
    public static bool IsNumberLine(string text) => NumberLine().IsMatch(Folded.Aligned(text.TrimStart()));

    /// <summary>(found, number): found is true for a "Số" line; number is null when it is blank.</summary>
    public static (bool Found, string? Number) Read(string text)
    {
        var line = text.Split('\n')[0].Trim();
        var folded = Folded.Aligned(line);
        var head = NumberLine().Match(folded);
        if (!head.Success) return (false, null);
        var rest = line[head.Length..];
        var m = Code().Match(rest);
        if (!m.Success) return (true, null);
        var digits = m.Groups["n"].Value;
        if (digits.Length == 0) return (true, null);
        var code = Regex.Replace(m.Groups["c"].Value, @"\s*([-–/])\s*", "-").Replace('–', '-').Trim('-', ' ');
        return (true, $"{digits}/{code}");
    }

    // "Số:", "Số", "So:", OCR "sS4", "S6:" — at the start of the line, then a number or a blank before "/".
    [GeneratedRegex(@"^\W{0,2}[a-z]?s[o064]{1,2}\s*[:.]?\s*(?=[\d\s./]*\s*/\s*[A-Za-z])")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\s*(?<n>\d{0,6})\s*\.?\s*/\s*(?<c>[A-ZĐ][A-ZĐ0-9&]*(?:\s*[-–]\s*[A-ZĐ0-9&]+)*)")]
    private static partial Regex Code();
}
