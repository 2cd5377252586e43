using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Finds the accreditation circular a plan cites: 17/2018 (tiểu học), 18/2018 (THCS, THPT,
/// several levels), 19/2018 (mầm non), written in full ("17/2018/TT-BGDĐT", "BGDDT", "BGD&ĐT", OCR
/// "BGDPT") or only as "Thông tư 17". Always returned in the canonical form "17/2018/TT-BGDĐT". When a
/// plan cites more than one, the one matching the school level wins, then the most cited.</summary>
internal static partial class RegulationReader
{
    private static readonly Dictionary<string, int> ByLevel = new(StringComparer.Ordinal)
    {
        ["tieu-hoc"] = 17,
        ["thcs"] = 18,
        ["thpt"] = 18,
        ["lien-cap"] = 18,
        ["mam-non"] = 19,
    };

    public static string? Read(IEnumerable<string> texts, string? level)
    {
        var counts = new Dictionary<int, int>();
        foreach (var text in texts)
        {
            var folded = Folded.Aligned(text);
            foreach (Match m in Full().Matches(folded)) Count(counts, m);
            foreach (Match m in Short().Matches(folded)) Count(counts, m);
        }
        if (counts.Count == 0) return null;
        var number = level is not null && ByLevel.TryGetValue(level, out var expected) && counts.ContainsKey(expected)
            ? expected
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        return $"{number}/2018/TT-BGDĐT";
    }

    /// <summary>The level a circular implies when nothing else tells it (18 covers several levels: null).</summary>
    public static string? LevelOf(string? regulation) => regulation?[..2] switch
    {
        "17" => "tieu-hoc",
        "19" => "mam-non",
        _ => null,
    };

    private static void Count(Dictionary<int, int> counts, Match m)
    {
        var n = int.Parse(m.Groups["n"].Value);
        counts[n] = counts.GetValueOrDefault(n) + 1;
    }

    [GeneratedRegex(@"\b(?<n>1[789])\s*/\s*2018\s*/\s*tt\s*[-–]?\s*b\s*g\s*d")]
    private static partial Regex Full();

    [GeneratedRegex(@"\bth[a-z]{1,3}ng\s*t[a-z]{1,2}\s*(?:so\s*)?(?<n>1[789])\b(?!\s*/)")]
    private static partial Regex Short();
}
