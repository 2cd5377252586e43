using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Parsing;

/// <summary>Checks criterion numbers against the names written beside them, using the catalogue of the
/// school level's circular: "Tiêu chí 3.5: Thư viện" is 3.6 in every circular, so the name wins over a
/// mistyped number; a row giving only a name ("Khu vệ sinh, hệ thống cấp thoát nước") gets its number.
/// Every such correction is reported.</summary>
internal static class CriterionResolver
{
    private const double NameConfidence = 0.8;

    /// <summary>Renumbers items whose written name belongs to another criterion, when their number is
    /// doubtful (used twice in the plan, or not in the circular) and the criterion their name names is not
    /// already taken by another item.</summary>
    public static void ResolveAll(IReadOnlyList<RawItem> items, string? level, WarningSink warnings)
    {
        if (level is null) return;
        var counts = items.Where(i => i.Reference?.Code is not null).GroupBy(i => i.Reference!.Code!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var item in items)
        {
            if (item.Reference is not { Code: { } code } reference || item.CriterionName is not { } name) continue;
            var doubtful = counts[code] > 1 || CriteriaCatalogue.Find(level, code) is null;
            if (!doubtful) continue;
            if (CriteriaCatalogue.Find(level, code) is { } numbered && Overlaps(numbered.Name, name)) continue;
            var match = CriteriaCatalogue.MatchByName(level, name);
            if (match is null || match.Score < NameConfidence || counts.ContainsKey(match.Criterion.Code)) continue;
            warnings.Add("items.criterion", $"\"{name}\" is criterion {match.Criterion.Code}, not {code} as numbered; {match.Criterion.Code} kept", item.Provenance);
            counts[code]--;
            counts[match.Criterion.Code] = 1;
            item.Recode(reference with { Standard = match.Criterion.Standard, Index = match.Criterion.Index });
        }
    }

    /// <summary>The criterion a bare name stands for, when the catalogue recognises it with confidence.</summary>
    /// <param name="announced">The text is labelled as a criterion's name ("Tiêu chí: …"), so a looser
    /// match (a name worded differently from the circular) is enough.</param>
    /// <param name="standard">The row already names its standard: only one of its criteria will do.</param>
    public static CriterionReference? Infer(string text, string? level, WarningSink warnings, Provenance where, bool announced = false, int? standard = null)
    {
        if (level is null || text.Length < 4 || !char.IsUpper(text.TrimStart()[0])) return null;
        var match = CriteriaCatalogue.MatchByName(level, text);
        if (match is null || match.Score < (announced ? CriteriaCatalogue.MatchThreshold : NameConfidence)) return null;
        if (standard is { } wanted && match.Criterion.Standard != wanted) return null;
        warnings.Add("items.criterion", $"criterion {match.Criterion.Code} recognised from its name \"{text}\" (no number written)", where);
        var name = text.Split('\n')[0].Trim().TrimEnd('.', ';', ':');
        return new CriterionReference(match.Criterion.Standard, match.Criterion.Index, name);
    }

    private static bool Overlaps(string catalogueName, string written)
    {
        var a = Folded.Of(catalogueName);
        var b = Folded.Of(written);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }
}
