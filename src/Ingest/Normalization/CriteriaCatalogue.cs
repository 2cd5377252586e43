using System.Collections.Frozen;

namespace Analytics.Ingest.Normalization;

/// <summary>The standards and criteria of Thông tư 17/2018 (tiểu học), 18/2018 (THCS, THPT, trường
/// phổ thông nhiều cấp học) and 19/2018 (mầm non), looked up by school level code.</summary>
public static class CriteriaCatalogue
{
    /// <summary>Below this a name match is not trusted.</summary>
    public const double MatchThreshold = 0.5;

    private static readonly FrozenDictionary<string, IReadOnlyList<CriterionInfo>> ByRegulation = new Dictionary<string, IReadOnlyList<CriterionInfo>>
    {
        [CriteriaData.Tt17] = Build(CriteriaData.Tt17, CriteriaData.Primary, CriteriaData.GeneralStandards),
        [CriteriaData.Tt18] = Build(CriteriaData.Tt18, CriteriaData.Secondary, CriteriaData.GeneralStandards),
        [CriteriaData.Tt19] = Build(CriteriaData.Tt19, CriteriaData.Preschool, CriteriaData.PreschoolStandards),
    }.ToFrozenDictionary();

    private static readonly Dictionary<CriterionInfo, CriterionName[]> Names =
        ByRegulation.Values.SelectMany(list => list).ToDictionary(c => c, c => new[] { c.Name }.Concat(c.Aliases).Select(n => new CriterionName(n)).ToArray());

    /// <summary>The circular that applies to a level: mam-non → 19/2018, tieu-hoc → 17/2018,
    /// thcs / thpt / lien-cap → 18/2018; null for an unknown level.</summary>
    public static string? RegulationFor(string level) => level switch
    {
        SchoolLevels.MamNon => CriteriaData.Tt19,
        SchoolLevels.TieuHoc => CriteriaData.Tt17,
        SchoolLevels.Thcs or SchoolLevels.Thpt or SchoolLevels.LienCap => CriteriaData.Tt18,
        _ => null,
    };

    /// <summary>The criteria that apply to a school level (or, given a circular's number such as
    /// "17/2018/TT-BGDĐT", to that circular); empty when neither is known.</summary>
    public static IReadOnlyList<CriterionInfo> For(string level)
    {
        var regulation = RegulationFor(level) ?? RegulationNamed(level);
        return regulation is null ? [] : ByRegulation[regulation];
    }

    public static CriterionInfo? Find(string level, string code)
    {
        var reference = ParseReference(code);
        var wanted = reference?.Code ?? code.Trim();
        return For(level).FirstOrDefault(c => c.Code == wanted);
    }

    public static string? StandardName(string level, int standard) =>
        For(level).FirstOrDefault(c => c.Standard == standard)?.StandardName;

    /// <summary>The criterion whose name the text carries: a row labelled "Khuôn viên, khu sân chơi, bãi
    /// tập" with no number, or a criterion name with a wrong number. Accent- and case-insensitive; scores
    /// how much of the criterion's wording appears in the text, discounted when that wording is a small
    /// part of a long text. Null when no criterion reaches <see cref="MatchThreshold"/>.</summary>
    public static CriterionMatch? MatchByName(string level, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = CriterionName.Words(text);
        if (words.Length == 0) return null;
        var textSet = new HashSet<string>(words);
        var textPairs = new HashSet<string>(CriterionName.Pairs(words));

        CriterionMatch? best = null;
        foreach (var criterion in For(level))
        {
            foreach (var name in Names[criterion])
            {
                var score = name.Score(textSet, textPairs, words.Length);
                if (best is null || score > best.Score) best = new CriterionMatch(criterion, score);
            }
        }
        return best is { Score: >= MatchThreshold } ? best with { Score = Math.Round(best.Score, 3) } : null;
    }

    /// <summary>Reads "Tiêu chí 3.1", "TC 3.1", "Tiêu chí 3.1.", "3.1", "Tieu chi 3.1", "Tiêu chuẩn 3"
    /// (standard only), "Tiêu chí 1 (Mức 4)" (a level-4 criterion), "Chỉ số 3.1.2" (its criterion).</summary>
    public static CriterionRef? ParseReference(string text) => CriterionReferenceParser.Parse(text);

    private static string? RegulationNamed(string text)
    {
        var folded = Analytics.Ingest.Text.VietnameseFolding.Fold(text);
        if (folded.Contains("17/2018")) return CriteriaData.Tt17;
        if (folded.Contains("18/2018")) return CriteriaData.Tt18;
        if (folded.Contains("19/2018")) return CriteriaData.Tt19;
        return null;
    }

    private static IReadOnlyList<CriterionInfo> Build(string regulation, string lines, string[] standards)
    {
        var list = new List<CriterionInfo>();
        foreach (var raw in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split('|');
            var code = parts[0];
            var dot = code.IndexOf('.');
            var standard = int.Parse(code[..dot]);
            var index = int.Parse(code[(dot + 1)..]);
            list.Add(new CriterionInfo(regulation, code, standard, index, parts[1], standards[standard - 1], parts.Skip(2).ToArray()));
        }
        return list;
    }
}
