using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>A standard's heading row ("TIÊU CHUẨN III: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC") whose numeral a scan
/// damaged: a stroke of "III" lost ("II"), or a glyph read as a letter. The five standards carry the same names
/// in every circular (a plan prints the name after the numeral), so a name that clearly names one standard gives
/// its number; the numeral is written back in the form the cell printed it (Roman or digit).</summary>
internal static partial class StandardHeading
{
    /// <summary>Least score of the name (share of its syllables and syllable pairs the cell holds) to be trusted.</summary>
    private const double MinScore = 0.75;

    private static readonly (int Standard, CriterionName Name)[] Names =
        CriteriaData.GeneralStandards.Select((n, i) => (i + 1, new CriterionName(n)))
            .Concat(CriteriaData.PreschoolStandards.Select((n, i) => (i + 1, new CriterionName(n))))
            .ToArray();

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    public static string Mend(string text)
    {
        var m = Heading().Match(text);
        if (!m.Success || StandardNamed(m.Groups["name"].Value) is not { } standard) return text;
        var numeral = m.Groups["numeral"].Value;
        var written = numeral.Any(char.IsDigit) && !numeral.Any(c => c is 'I' or 'V') ? standard.ToString() : Roman[standard - 1];
        return written == numeral ? text : text[..m.Groups["numeral"].Index] + written + text[(m.Groups["numeral"].Index + numeral.Length)..];
    }

    /// <summary>The one standard the name names; null when none reaches <see cref="MinScore"/> or two standards do.</summary>
    private static int? StandardNamed(string name)
    {
        var words = CriterionName.Words(name);
        if (words.Length == 0) return null;
        var set = new HashSet<string>(words);
        var pairs = new HashSet<string>(CriterionName.Pairs(words));
        var named = Names.Where(n => n.Name.Score(set, pairs, words.Length) >= MinScore).Select(n => n.Standard).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>"Tiêu chuẩn" (also read "TIỂU"), a numeral of one to four glyphs, a colon, dot or dash, the name.</summary>
    [GeneratedRegex(@"^\s*(?i:ti[êểế]u\s*chu[ẩâấ]n)\s+(?<numeral>[^\s:.\-–]{1,4})\s*[:.\-–]\s*(?<name>\p{L}.*)$", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
