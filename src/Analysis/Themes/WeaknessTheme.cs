namespace Analytics.Analysis.Themes;

/// <summary>A recurring weakness theme: its top terms (the name), how many sentences and schools, the
/// sentences closest to its centre, and the schools it covers.</summary>
public sealed record WeaknessTheme(
    int Id,
    IReadOnlyList<string> TopTerms,
    int Sentences,
    IReadOnlyList<string> Representatives,
    IReadOnlyList<string> Schools);

/// <summary>The themes found and how the number of themes was chosen (silhouette per k tried).</summary>
public sealed record ThemeResult(IReadOnlyList<WeaknessTheme> Themes, int SentencesClustered, int DistinctSentences,
    IReadOnlyList<(int K, double Silhouette)> Tried, int ChosenK);

/// <summary>One weakness sentence and the school that wrote it.</summary>
public sealed record WeaknessSentence(string Text, string School);

public sealed record ThemeOptions
{
    public int MinK { get; init; } = 2;
    public int MaxK { get; init; } = 10;
    /// <summary>Distinct sentences used to fit and choose k; the rest are assigned to the fitted centres.</summary>
    public int MaxFitSentences { get; init; } = 1000;
    public int Representatives { get; init; } = 3;
    public int TopTerms { get; init; } = 4;
    public int Seed { get; init; } = 11;
}
