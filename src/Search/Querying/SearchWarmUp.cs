namespace Analytics.Search.Querying;

/// <summary>Searches a long-running process makes once before its first user does. A new process runs the
/// search code unoptimised at first and promotes it as calls accumulate, and it opens the index, facet
/// ordinals and filters on first use: without a warm-up the first analyst's first ~20 searches paid for it
/// (up to 0.5 s each on 100,000 plans, benchmarks/RESULTS.md). The set covers each kind of query the
/// workspace makes — accented and unaccented free text, phrases, fields, ranges, match-all, facets, the plan
/// scope — with words of the genre, so it suits any collection.</summary>
public static class SearchWarmUp
{
    public static IReadOnlyList<SearchRequest> Requests { get; } =
    [
        new("thư viện") { Facets = true, FacetTop = 12, Top = 20 },
        new("thu vien sach") { Facets = true, FacetTop = 12, Top = 20 },
        new("\"cơ sở vật chất\"") { Facets = true, FacetTop = 12, Top = 20 },
        new("sân chơi bãi tập thể dục") { Facets = true, FacetTop = 12, Top = 20 },
        new("nha ve sinh hoc sinh") { Facets = true, FacetTop = 12, Top = 20 },
        new("standard:3 sửa chữa phòng học") { Facets = true, FacetTop = 12, Top = 20 },
        new("criterion:3.6 budget:[100000000 TO *]") { Facets = true, FacetTop = 12, Top = 20 },
        new("year:[2020 TO 2030] thiết bị dạy học") { Facets = true, FacetTop = 12, Top = 20 },
        new("*") { Facets = true, FacetTop = 12, Top = 20 },
        new("bồi dưỡng giáo viên") { Scope = SearchScope.Plans, Top = 20 },
    ];

    /// <summary>Runs the set <paramref name="rounds"/> times through <paramref name="search"/> (as many
    /// rounds as it takes the runtime to promote the code called once per search); stops early when
    /// cancelled or when a search fails (no index yet: nothing to warm). Returns the searches made.</summary>
    public static int Run(Func<SearchRequest, SearchOutcome> search, int rounds = 4, CancellationToken cancellation = default)
    {
        var made = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var request in Requests)
            {
                if (cancellation.IsCancellationRequested) return made;
                var outcome = search(request);
                made++;
                if (!outcome.IsSuccess) return made;
            }
        }
        return made;
    }
}
