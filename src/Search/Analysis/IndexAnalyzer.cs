using Analytics.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Analytics.Search.Analysis;

/// <summary>The per-field analyzer the index is written with: exact unigrams and folded unigrams plus
/// bigrams for the main text (bigrams only on the folded side: they carry adjacency, the exact side
/// carries accents; both doubled would double the postings), plain exact/folded chains for funding; keyword fields are not analysed.</summary>
internal static class IndexAnalyzer
{
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [IndexFields.Text] = VietnameseAnalyzers.Exact(shingles: false),
            [IndexFields.TextFolded] = VietnameseAnalyzers.Folded(shingles: true),
            [IndexFields.Funding] = VietnameseAnalyzers.Exact(shingles: false),
            [IndexFields.FundingFolded] = VietnameseAnalyzers.Folded(shingles: false),
        });
}
