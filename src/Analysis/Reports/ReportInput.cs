using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;
using Analytics.Analysis.Themes;

namespace Analytics.Analysis.Reports;

/// <summary>What a report is made from: the aggregates, the weakness themes, and how the gap
/// classifier was chosen and measured (for the method note); the last two may be absent.</summary>
public sealed record ReportInput(AnalysisResult Analysis, ThemeResult? Themes, ClassifierChoice? Classifier, string GapSourceNote)
{
    /// <summary>The plans in scope, for the workbook's one-row-per-item sheet (none: no such sheet).</summary>
    public IReadOnlyList<AnalysedPlan> Plans { get; init; } = [];
}
