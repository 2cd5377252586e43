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
        Page("thư viện"),
        Page("thu vien sach"),
        Page("\"cơ sở vật chất\""),
        Page("sân chơi bãi tập thể dục"),
        Page("nha ve sinh hoc sinh"),
        Page("standard:3 sửa chữa phòng học"),
        Page("criterion:3.6 budget:[100000000 TO *]"),
        Page("year:[2020 TO 2030] thiết bị dạy học"),
        Page("*"),
        new("bồi dưỡng giáo viên") { Scope = SearchScope.Plans, Top = 20 },
    ];

    /// <summary>A search as the workspace's search page makes it: a page of hits with the facet panels.</summary>
    private static SearchRequest Page(string query) => new(query) { Facets = true, FacetTop = 12, Top = 20 };

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
