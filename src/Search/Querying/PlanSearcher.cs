using Analytics.Search.Facets;
using Analytics.Search.Indexing;
using Analytics.Search.Snippets;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>Runs a <see cref="SearchRequest"/> on one point-in-time view of the index: parse, build, collect
/// top hits and facet counts in one pass, then snippets for the hits shown.</summary>
public sealed class PlanSearcher
{
    private const int MaxTop = 10_000;
    private readonly IndexSearcher _searcher;

    public PlanSearcher(IndexSearcher searcher) => _searcher = searcher;

    public SearchOutcome Search(SearchRequest request)
    {
        var parsed = PlanQueryParser.Parse(request.Query);
        if (!parsed.IsSuccess) return SearchOutcome.Failure(parsed.Error!);
        var builder = new LuceneQueryBuilder(_searcher.IndexReader);
        var built = builder.Build(parsed.Value);
        if (!built.IsSuccess) return SearchOutcome.Failure(built.Error!);

        var kind = request.Scope == SearchScope.Plans ? KindFilter.Plans : KindFilter.Items;

        var top = Math.Clamp(request.Top, 1, MaxTop);
        var reader = _searcher.IndexReader;
        var scopeKey = request.Scope.ToString();
        // "*" counts every document of the scope: the same counts for as long as the reader lives.
        var matchAll = request.Facets && parsed.Value is AllNode && request.Within is null;
        var cachedFacets = matchAll ? MatchAllFacets.Cached(reader, scopeKey, request.FacetTop) : null;
        var facets = request.Facets && cachedFacets is null ? new FacetCounts(reader, FacetCatalog.All) : null;
        var query = request.Within?.Restrict(built.Value) ?? built.Value;
        var topDocs = SegmentSearch.Run(_searcher, query, kind, top, facets);
        // Stored fields in document order (the stored-fields reader moves forward), then snippets for all
        // hits at once; hits keep their rank order.
        var documents = topDocs.ScoreDocs.Select(sd => sd.Doc).Order().Distinct().ToDictionary(d => d, d => _searcher.Doc(d));
        var marked = SnippetsOf(topDocs.ScoreDocs, documents, builder.Highlights, request.SnippetLength);
        var hits = topDocs.ScoreDocs.Select((sd, i) => Hit(sd, documents[sd.Doc], marked[i])).ToList();
        var facetResults = cachedFacets ?? facets?.Results(FacetOrdinals.For(reader), request.FacetTop) ?? [];
        if (matchAll && cachedFacets is null) MatchAllFacets.Keep(reader, scopeKey, request.FacetTop, facetResults);
        return SearchOutcome.Success(new SearchResponse(topDocs.TotalHits, hits, facetResults));
    }

    /// <summary>The snippet of each hit; none (empty) when the caller wants none (a length of 0, as a report's
    /// filter asks, which only needs the plans hit).</summary>
    private IReadOnlyList<Snippet> SnippetsOf(ScoreDoc[] hits, Dictionary<int, Document> documents, HighlightTerms highlights, int length)
    {
        if (length <= 0) return [.. hits.Select(_ => Snippet.None)];
        var texts = hits.Select(sd => (sd.Doc, documents[sd.Doc].Get(IndexFields.Text) ?? "")).ToList();
        return new SnippetBuilder(_searcher, highlights).For(texts, length);
    }

    private static SearchHit Hit(ScoreDoc scoreDoc, Document doc, Snippet snippet) => new()
    {
        Id = doc.Get(IndexFields.Id),
        PlanId = doc.Get(IndexFields.PlanId),
        Source = doc.Get(IndexFields.Source),
        Kind = doc.Get(IndexFields.Kind),
        Score = scoreDoc.Score,
        School = doc.Get(IndexFields.School),
        Criterion = doc.Get(IndexFields.CriterionStored),
        CriterionName = doc.Get(IndexFields.CriterionName),
        Budget = doc.Get(IndexFields.BudgetText),
        BudgetVnd = doc.GetField(IndexFields.BudgetVnd)?.GetInt64Value(),
        Timeline = doc.Get(IndexFields.Timeline),
        Funding = doc.Get(IndexFields.FundingLabel),
        Province = doc.Get(IndexFields.ProvinceShown),
        FormerProvince = doc.Get(IndexFields.FormerProvinceShown),
        FormerDistrict = doc.Get(IndexFields.FormerDistrictShown),
        Snippet = snippet,
    };

    /// <summary>Opens the last committed state of DATA/index read-only; a failure when there is none.</summary>
    public static Ingest.Result<ReadOnlyIndex> Open(string dataDirectory)
    {
        if (!IndexLocation.Exists(dataDirectory))
            return Ingest.Result<ReadOnlyIndex>.Failure($"No search index in {IndexLocation.For(dataDirectory)}: run `plans index` first.");
        var directory = Lucene.Net.Store.FSDirectory.Open(IndexLocation.For(dataDirectory));
        var reader = DirectoryReader.Open(directory);
        return new ReadOnlyIndex(directory, reader);
    }
}

/// <summary>A read-only view of the last commit, for the search command and the web workspace.</summary>
public sealed class ReadOnlyIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private bool _ownsDirectory = true;

    internal ReadOnlyIndex(Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        _directory = directory;
        _reader = reader;
        Searcher = new PlanSearcher(new IndexSearcher(reader) { Similarity = PlanIndex.Similarity });
    }

    public PlanSearcher Searcher { get; }

    public SearchOutcome Search(SearchRequest request) => Searcher.Search(request);

    /// <summary>The record-store version this commit was last fully synced with (0 when never recorded).</summary>
    public long StoreVersion =>
        _reader.IndexCommit.UserData.TryGetValue(PlanIndex.StoreVersionKey, out var text)
        && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;

    /// <summary>The format of the index this view reads (<see cref="Indexing.IndexFormat"/>).</summary>
    public int Format => Indexing.IndexFormat.Of(_reader.IndexCommit.UserData);

    /// <summary>Whether the index was written by an older version of the product (it lacks fields this
    /// version shows): `plans index --rebuild` rewrites it; until then search works without them.</summary>
    public bool IsOldFormat => Format < Indexing.IndexFormat.Current;

    /// <summary>Whether the store changed after this view's last full sync (an ingest or index run that
    /// did not finish, or one still running): the view may miss or hold old versions of some plans.</summary>
    public bool IsBehind(string dataDirectory) => new Ingest.Store.RecordStore(dataDirectory).Version > StoreVersion;

    /// <summary>A view of the newest commit: this view when nothing was committed since it opened, else a
    /// new view that shares every unchanged segment with this one (and so the facet ordinals already
    /// read for them). The new view takes over the directory: dispose this one first or keep it until
    /// the new one is disposed.</summary>
    public ReadOnlyIndex Refreshed()
    {
        var changed = DirectoryReader.OpenIfChanged(_reader);
        if (changed is null) return this;
        _ownsDirectory = false;
        return new ReadOnlyIndex(_directory, changed);
    }

    public void Dispose()
    {
        _reader.Dispose();
        if (_ownsDirectory) _directory.Dispose();
    }
}
