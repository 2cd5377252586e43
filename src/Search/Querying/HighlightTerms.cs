using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>The text terms a built query looks for, kept for snippets: plain terms per field and the fuzzy
/// queries whose expansions are only known against a reader.</summary>
internal sealed class HighlightTerms
{
    public List<(string Field, string Term)> Terms { get; } = [];
    public List<FuzzyQuery> Fuzzy { get; } = [];
}
