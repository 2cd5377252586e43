using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Indexing;

/// <summary>Reads which version (content hash) of each source a reader holds, from the terms of the
/// source-version field; terms whose documents are all deleted are skipped.</summary>
internal static class IndexedVersionReader
{
    public static IReadOnlyDictionary<string, string> Read(IndexReader reader)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var terms = MultiFields.GetTerms(reader, IndexFields.SourceVersion);
        if (terms is null) return versions;
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            var value = termsEnum.Term.Utf8ToString();
            var split = value.LastIndexOf('\u0001');
            if (split < 0) continue;
            versions[value[..split]] = value[(split + 1)..];
        }
        return versions;
    }
}
