using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Criterion codes written after a first one: a range ("1.1 – 1.3", "1.1 đến 1.3") or a list ("2.2; 5.1",
/// "3.4, 2.4", "5.2 và 5.6", "3.1 và tiêu chí 3.2").</summary>
/// <param name="Codes">The codes after the first, as "standard.index".</param>
/// <param name="FirstStandard">The standard of the first code after the first reference.</param>
/// <param name="Length">How many characters of the text the codes take.</param>
internal sealed partial record CodeList(IReadOnlyList<string> Codes, int FirstStandard, bool IsRange, int Length)
{
    /// <summary>The codes at the start of <paramref name="rest"/>, the text right after a criterion code; null when
    /// no code follows.</summary>
    public static CodeList? Read(string rest)
    {
        var folded = Folded.Aligned(rest);
        var codes = new List<string>();
        var (length, isRange, first) = (0, false, 0);
        for (var m = Member().Match(folded); m.Success && m.Index == length; m = Member().Match(folded, length))
        {
            if (codes.Count == 0)
            {
                isRange = m.Groups["sep"].Value is "-" or "–" or "—" or "den" or "toi";
                first = int.Parse(m.Groups["s"].Value);
            }
            codes.Add($"{m.Groups["s"].Value}.{int.Parse(m.Groups["i"].Value)}");
            length = m.Index + m.Length;
        }
        return codes.Count == 0 ? null : new CodeList(codes, first, isRange, length);
    }

    [GeneratedRegex(@"\G\s*(?<sep>-|–|—|,|;|&|\+|den|toi|va)\s*(?:(?:ti[a-z]{0,2}u\s*ch[il1]|tc)\s*)?(?<s>\d)\s*[\.,]\s*(?<i>\d{1,2})\b(?!\s*[\.,]\s*\d)")]
    private static partial Regex Member();
}
