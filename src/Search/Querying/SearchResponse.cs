using Analytics.Search.Facets;
using Analytics.Search.Snippets;

namespace Analytics.Search.Querying;

/// <summary>The hits of a query (best first), how many documents matched, and facet counts when asked.</summary>
public sealed record SearchResponse(int TotalHits, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetResult> Facets);

/// <summary>One matching item (or plan): where it comes from and what to show.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string PlanId { get; init; }
    public required string Source { get; init; }
    public required string Kind { get; init; }
    public float Score { get; init; }
    public string? School { get; init; }
    public string? Criterion { get; init; }
    public string? CriterionName { get; init; }
    public string? Budget { get; init; }
    public long? BudgetVnd { get; init; }
    public string? Timeline { get; init; }
    public string? Funding { get; init; }
    /// <summary>Today's province (2025 reform), and the province and district the plan was filed under,
    /// when the record has them (null on an index written before they were stored).</summary>
    public string? Province { get; init; }
    public string? FormerProvince { get; init; }
    public string? FormerDistrict { get; init; }
    public required Snippet Snippet { get; init; }
}

/// <summary>A search either answers or says, in one sentence, why it cannot (bad query, no index).</summary>
public readonly record struct SearchOutcome(SearchResponse? Response, string? Error)
{
    public bool IsSuccess => Error is null;
    public static SearchOutcome Success(SearchResponse response) => new(response, null);
    public static SearchOutcome Failure(string error) => new(null, error);
}
