using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Weaknesses numbered in a list ("ĐY2 (Tiêu chí 3.6): …", "Điểm yếu 2 – Tiêu chí 3.6: …", "Hạn chế 1
/// (TC 3.1): …", or "- Điểm yếu 1: …" under a "Tiêu chí 3.1" heading) and referred to by their label in the plan
/// table ("ĐY2", "Điểm yếu 2", "HC 1"): a reference says which criterion the row works on; it states no new
/// weakness.</summary>
internal static partial class WeaknessLabels
{
    private const int MaxReferenceLength = 40;

    /// <summary>Each listed weakness's label ("dy2", "hc1") and the criterion it is written under or with.</summary>
    public static Dictionary<string, CriterionReference> Listed(IReadOnlyList<Block> blocks)
    {
        var listed = new Dictionary<string, CriterionReference>(StringComparer.Ordinal);
        CriterionReference? heading = null;
        foreach (var line in blocks.OfType<TextBlock>().SelectMany(b => b.Text.Split('\n')))
        {
            if (Label(line) is not { } label)
            {
                if (CriterionReferences.Parse(line) is { IsStandardOnly: false } named) heading = named;
                continue;
            }
            var own = CriterionReferences.Parse(line[label.Length..].TrimStart(' ', '(', ':', '-', '–', '.', '*', ')'), bare: true);
            if ((own is { IsStandardOnly: false } ? own : heading) is { } criterion)
                listed.TryAdd(label.Key, criterion with { Name = null, Tail = null, Related = [] });
        }
        return listed;
    }

    /// <summary>The labels a short cell refers to ("ĐY2", "ĐY 2, ĐY3", "Điểm yếu 2"); empty when the cell states a
    /// weakness in words.</summary>
    public static List<string> ReferencesIn(string cell)
    {
        var text = cell.Trim();
        if (text.Length is 0 or > MaxReferenceLength) return [];
        var keys = new List<string>();
        var rest = text;
        while (Label(rest) is { } label)
        {
            keys.Add(label.Key);
            rest = rest[label.Length..].TrimStart(' ', ',', ';', '+', '&');
            if (Folded.Of(rest).StartsWith("va ", StringComparison.Ordinal)) rest = rest[3..];
        }
        // What may follow the labels: the criterion in brackets ("ĐY 2 (Tiêu chí 3.6)"), nothing else.
        return keys.Count > 0 && (rest.Length == 0 || rest.StartsWith('(')) ? keys : [];
    }

    /// <summary>Gives an item of the plan table whose row has no criterion the criterion of the listed weakness its
    /// weakness cell refers to.</summary>
    public static void Resolve(IReadOnlyList<Block> blocks, List<RawItem> raws)
    {
        if (!raws.Any(r => r.Reference is null && r.Pieces(ColumnRole.Weakness).Count > 0)) return;
        var listed = Listed(blocks);
        foreach (var raw in raws.Where(r => r.Reference is null))
        {
            var key = raw.Pieces(ColumnRole.Weakness).SelectMany(ReferencesIn).FirstOrDefault(listed.ContainsKey);
            if (key is not null) raw.Recode(listed[key]);
        }
    }

    private sealed record LabelMatch(string Key, int Length);

    private static LabelMatch? Label(string text)
    {
        var folded = Folded.Aligned(text);
        var m = LabelPattern().Match(folded);
        if (!m.Success) return null;
        var kind = m.Groups["kind"].Value.Replace(" ", "") switch
        {
            "dy" or "diemyeu" => "dy",
            "hc" or "hanche" => "hc",
            _ => "tt",
        };
        return new LabelMatch(kind + int.Parse(m.Groups["n"].Value), m.Index + m.Length);
    }

    // "ĐY2", "**ĐY 2**", "- Điểm yếu 2", "Hạn chế số 1", "HC1", "Tồn tại 3": a label, then its number; not "2.1".
    [GeneratedRegex(@"^[\s\-–•*+]*(?<kind>dy|diem\s*yeu|hc|han\s*che|ton\s*tai)\s*(?:so\s*)?(?<n>\d{1,2})\b(?!\s*[\.,]\s*\d)\**")]
    private static partial Regex LabelPattern();
}
