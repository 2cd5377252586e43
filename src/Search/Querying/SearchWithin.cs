using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>The part of the collection a search may see, applied inside the search whatever the query says
/// (the server mode's account scope): today's province and, when given, only these units (the commune-level
/// units an uploader or viewer is given), each matching a plan's commune or, for a plan written before the
/// 2025 reform, its former district. Null fields do not restrict.</summary>
public sealed record SearchWithin(string? Province, IReadOnlyList<string> Units)
{
    /// <summary>Nothing visible: an account with no unit.</summary>
    public static SearchWithin Nothing { get; } = new("\u0000", []);

    internal Query Restrict(Query query)
    {
        var scoped = new BooleanQuery { { query, Occur.MUST } };
        if (Province is not null) scoped.Add(new TermQuery(new Term(IndexFields.Province, KeyNormalizer.Key(Province))), Occur.MUST);
        if (Units.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var unit in Units)
            {
                any.Add(new TermQuery(new Term(IndexFields.District, KeyNormalizer.Key(unit))), Occur.SHOULD);
                any.Add(new TermQuery(new Term(IndexFields.Commune, KeyNormalizer.Key(unit))), Occur.SHOULD);
            }
            scoped.Add(any, Occur.MUST);
        }
        return scoped;
    }
}
