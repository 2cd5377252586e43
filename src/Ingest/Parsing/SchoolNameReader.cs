using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Finds the school's name: every "Trường &lt;level&gt; &lt;Proper Name&gt;" in the plan is a
/// candidate ("Trường PTDTBT Tiểu học xã Hẹ Muông", "TRƯỜNG MẦM NON HỌA MI 2"); the most frequent one wins,
/// written in its mixed-case form when the document has one.</summary>
internal static partial class SchoolNameReader
{
    private static readonly string[] LevelWords =
    [
        "ptdtbt", "ptdtnt", "pt dtbt", "pt dtnt", "mam non", "mau giao", "nha tre", "tieu hoc", "trung hoc co so", "trung hoc pho thong",
        "thcs", "thpt", "th", "mn", "mg", "pho thong", "lien cap", "tieu hoc va trung hoc co so", "th&thcs", "th & thcs", "th va thcs",
        "thcs&thpt", "thcs & thpt", "thcs va thpt", "nhieu cap hoc", "chuyen", "dan toc noi tru", "dan toc ban tru",
    ];

    private static readonly HashSet<string> Connectors = ["xa", "phuong", "thi", "tran", "so", "-", "&", "va"];

    public static string? Read(IReadOnlyList<Block> blocks)
    {
        var candidates = new List<string>();
        foreach (var text in Texts(blocks))
            foreach (Match m in SchoolWord().Matches(Folded.Aligned(text)))
                if (Candidate(text, m.Index) is { } name) candidates.Add(name);
        if (candidates.Count == 0) return null;
        var best = candidates
            .GroupBy(Folded.Of)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .First();
        var spelling = Spelling(best.ToList());
        var mixed = best.Where(c => !IsUpper(c) && Lower(c) == spelling).GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return mixed ?? TitleCase(best.First(c => Lower(c) == spelling));
    }

    /// <summary>The name's accents as most of its mentions write them, capitals or not: OCR drops a tone mark in one
    /// mention ("Liêm Tuyên" in the body of a photo whose masthead reads "LIÊM TUYỀN" and whose next mention "Liêm
    /// Tuyền"), so every mention votes; at a tie, a spelling that some mixed-case mention uses wins.</summary>
    private static string Spelling(List<string> mentions) =>
        mentions.GroupBy(Lower, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Any(c => !IsUpper(c)))
            .First().Key;

    private static string Lower(string name) => name.ToLower(CultureInfo.GetCultureInfo("vi-VN"));

    private static IEnumerable<string> Texts(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is TextBlock t) yield return t.Text;
        }
    }

    private static string? Candidate(string text, int start)
    {
        var tail = text[start..];
        // A tab separates the columns of a masthead line ("TRƯỜNG THCS … ⇥ Độc lập - …"): a name never runs across it.
        if (tail.IndexOf('\t') is var tab and >= 0) tail = tail[..tab];
        var tokens = Regex.Matches(tail, @"[\p{L}\p{N}&]+(?:[\./][\p{L}\p{N}]+)*|[-,;:.()“”""]").Select(t => t.Value).ToList();
        if (tokens.Count < 3) return null;
        var folded = tokens.Select(Folded.Of).ToList();
        var i = 1;
        var levelEnd = MatchLevel(folded, i);
        if (levelEnd < 0) return null;
        // Several levels: "Trường PTDTBT Tiểu học", "Trường TH và THCS".
        while (MatchLevel(folded, levelEnd) is var more && more > levelEnd) levelEnd = more;
        i = levelEnd;
        var nameStart = i;
        while (i < tokens.Count && i - nameStart < 7)
        {
            var token = tokens[i];
            var isName = char.IsUpper(token[0]) || char.IsDigit(token[0]);
            if (isName) { i++; continue; }
            if (Connectors.Contains(folded[i]) && i + 1 < tokens.Count && (char.IsUpper(tokens[i + 1][0]) || char.IsDigit(tokens[i + 1][0]))) { i += 2; continue; }
            break;
        }
        if (i == nameStart) return null;
        var parts = tokens.Take(i).ToList();
        if (parts.Count > 0 && (Folded.Of(parts[0]) != "truong" || char.IsLower(parts[0][0]))) parts[0] = "Trường";
        return Regex.Replace(string.Join(' ', parts), @"\s+([,.])", "$1");
    }

    private static int MatchLevel(List<string> folded, int at)
    {
        var best = -1;
        foreach (var level in LevelWords)
        {
            var words = level.Split(' ');
            if (at + words.Length > folded.Count) continue;
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++) ok = folded[at + k] == words[k];
            if (ok && at + words.Length > best) best = at + words.Length;
        }
        return best;
    }

    private static bool IsUpper(string text) => text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"TRƯỜNG MẦM NON HỌA MI 2" → "Trường Mầm non Họa Mi 2"; level acronyms stay in capitals.</summary>
    private static string TitleCase(string upper)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var words = upper.Split(' ');
        var acronyms = new HashSet<string>(["thcs", "thpt", "ptdtbt", "ptdtnt", "th", "mn", "mg"]);
        var lowerSecond = new HashSet<string>(["non", "hoc", "giao", "tre", "co", "so", "pho", "thong", "cap"]);
        for (var k = 0; k < words.Length; k++)
        {
            var f = Folded.Of(words[k]);
            if (acronyms.Contains(f)) continue;
            var lower = words[k].ToLower(vi);
            var inLevel = k is 2 or 3 or 4 && lowerSecond.Contains(f) && k > 1;
            words[k] = inLevel ? lower : lower.Length > 0 ? char.ToUpper(lower[0], vi) + lower[1..] : lower;
        }
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\btr[a-z]{1,3}ng\b")]
    private static partial Regex SchoolWord();
}
