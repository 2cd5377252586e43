namespace Analytics.Ingest.Normalization;

/// <summary>One criterion (tiêu chí) of an accreditation circular, e.g. 3.6 "Thư viện" of 17/2018.</summary>
/// <param name="Regulation">The circular, "17/2018/TT-BGDĐT".</param>
/// <param name="Code">"standard.index", e.g. "3.6".</param>
/// <param name="Aliases">Other wordings schools use for the same criterion, for name matching only.</param>
public sealed record CriterionInfo(
    string Regulation,
    string Code,
    int Standard,
    int Index,
    string Name,
    string StandardName,
    IReadOnlyList<string> Aliases);

/// <summary>A criterion recognised from its name, with how well the text matched (0..1).</summary>
public sealed record CriterionMatch(CriterionInfo Criterion, double Score);

/// <summary>A reference to a standard or criterion written in a plan: "Tiêu chí 3.1" → (3, 1),
/// "Tiêu chuẩn 3" → (3, null), "Tiêu chí 1 (Mức 4)" → <see cref="LevelFourNumber"/> 1 (the level-4
/// criteria are numbered on their own, outside the standards).</summary>
public sealed record CriterionRef(int? Standard, int? Index, int? LevelFourNumber = null)
{
    public string? Code => Standard is { } s && Index is { } i ? $"{s}.{i}" : null;
    public bool IsStandardOnly => Standard is not null && Index is null;
}
