using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Analytics.Search.Querying;

/// <summary>Lucene's BM25 (k1 1.2, b 0.75), unchanged, with the parts of its formula open to
/// <see cref="SyllableQuery"/>, which scores postings itself: a term's score in a document is
/// <c>idf · boost · (k1 + 1) · freq / (freq + k1 · (1 − b + b · length / average length))</c>, the length
/// decoded from the field's one-byte norm.</summary>
public sealed class PlanSimilarity : BM25Similarity
{
    internal float TermIdf(CollectionStatistics collection, TermStatistics term) => Idf(term.DocFreq, collection.MaxDoc);

    /// <summary>The <c>k1 · (1 − b + b · length / average)</c> part for each of the 256 norm values.</summary>
    internal float[] LengthFactors(CollectionStatistics collection)
    {
        var average = AvgFieldLength(collection);
        var factors = new float[256];
        for (var norm = 0; norm < factors.Length; norm++) factors[norm] = K1 * ((1 - B) + B * DecodeNormValue((byte)norm) / average);
        return factors;
    }
}
