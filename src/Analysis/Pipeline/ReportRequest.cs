using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Pipeline;

/// <summary>What a report covers and how categories are found. <see cref="Lexicon"/> is the keyword
/// baseline compared with (and possibly combined with) the ML.NET classifier; null leaves ML.NET alone.</summary>
public sealed record ReportRequest
{
    public DateOnly AsOf { get; init; } = DateOnly.FromDateTime(DateTime.Today);
    public string? Filter { get; init; }
    public GapSource GapSource { get; init; } = GapSource.Policy;
    public IGapClassifier? Lexicon { get; init; } = KeywordGapClassifier.Instance;
    public bool FindThemes { get; init; } = true;
    /// <summary>Choose the classifier by cross-validation now (slower) instead of the fixed choice.</summary>
    public bool CrossValidate { get; init; }
}
