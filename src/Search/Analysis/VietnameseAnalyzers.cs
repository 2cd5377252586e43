using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Analytics.Search.Analysis;

/// <summary>The analysis chains. Every chain: syllables → lower-case → canonical tone placement;
/// the folded chains then drop all diacritics (đ → d). Shingled chains add syllable bigrams beside the
/// unigrams so "cơ sở", "vật chất", "sân chơi" score as units. Input text must be NFC.</summary>
internal static class VietnameseAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string ShingleSeparator = " ";

    public static Analyzer Exact(bool shingles) => Create(folded: false, shingles);

    public static Analyzer Folded(bool shingles) => Create(folded: true, shingles);

    private static Analyzer Create(bool folded, bool shingles) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new SyllableTokenizer(reader);
        TokenStream stream = new InvariantLowerCaseFilter(tokenizer);
        stream = new TonePlacementFilter(stream);
        if (folded) stream = new DiacriticFoldingFilter(stream);
        if (shingles) stream = new BigramFilter(stream, ShingleSeparator);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The terms one analyzer makes of a text, in order (unigrams only when not shingled).</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
