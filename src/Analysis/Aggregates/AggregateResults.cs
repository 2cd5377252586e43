namespace Analytics.Analysis.Aggregates;

/// <summary>Everything the reports show, computed once from the analysed plans in scope.</summary>
public sealed record AnalysisResult(
    AnalysisScope Scope,
    IReadOnlyList<GapCategoryAggregate> Gaps,
    IReadOnlyList<CriterionAggregate> Criteria,
    IReadOnlyList<BreakdownRow> ByProvince,
    IReadOnlyList<BreakdownRow> ByDistrict,
    IReadOnlyList<BreakdownRow> ByLevel,
    IReadOnlyList<PeriodCount> Timeline,
    int OverdueGapItems,
    IReadOnlyList<DataQualityIssue> DataQuality);

public sealed record AnalysisScope(int Plans, int Schools, int Items, long TotalBudget, int ItemsWithBudget, DateOnly AsOf, string? Filter);

/// <summary>One facility-gap category across the schools in scope. Budgets add up the items of the
/// category; an item in two categories counts in both. <see cref="MedianSchoolBudget"/> is the median
/// over schools with a planned amount of each school's total for the category.</summary>
public sealed record GapCategoryAggregate(
    string Category,
    int Schools,
    double Share,
    IReadOnlyList<string> SchoolNames,
    int Items,
    long TotalBudget,
    long? MedianSchoolBudget,
    IReadOnlyList<FundingCount> Funding,
    IReadOnlyList<PeriodCount> Completion,
    int OverdueItems);

public sealed record FundingCount(string Source, int Items, long Budget);

public sealed record PeriodCount(string Period, int Items, long Budget);

/// <summary>One criterion: schools planning an improvement for it and schools assessed Không đạt or Mức 1.</summary>
public sealed record CriterionAggregate(string Criterion, string? Name, int SchoolsWithItem, int SchoolsNotMet, int SchoolsLevel1, int Items, long Budget);

/// <summary>Schools, plans, items and budget for one province, district or level, and schools per category.</summary>
public sealed record BreakdownRow(string Key, int Schools, int Plans, int Items, long Budget, IReadOnlyList<int> SchoolsPerCategory);

/// <summary>A doubtful value found in the records, with where it came from.</summary>
public sealed record DataQualityIssue(string Kind, string Source, string School, string Field, string Detail, string? Location);
