using Analytics.Search.Analysis;
using Analytics.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Tests;

/// <summary>Our allocation-free filters against the Lucene filters they replace, on the corpus's plans:
/// the same terms, position increments and offsets, so the index they write is the same.</summary>
public sealed class AnalysisEquivalenceTests
{
    public static TheoryData<string> CorpusTexts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Take(6))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusTexts))]
    public void Bigram_and_lower_case_filters_emit_what_lucene_shingle_and_lower_case_filters_emit(string file)
    {
        var text = FastNfc.Normalize(File.ReadAllText(Path.Combine(RepoPaths.Corpus, file)));
        var ours = Tokens(reader => new BigramFilter(new InvariantLowerCaseFilter(new SyllableTokenizer(reader)), " "), text);
        var lucene = Tokens(reader =>
        {
            var shingle = new ShingleFilter(new LowerCaseFilter(VietnameseAnalyzers.Version, new SyllableTokenizer(reader)), 2, 2);
            shingle.SetOutputUnigrams(true);
            shingle.SetTokenSeparator(" ");
            return shingle;
        }, text);
        Assert.True(lucene.Count > 100, "the text should give tokens");
        Assert.Equal(lucene, ours);
    }

    [Theory]
    [MemberData(nameof(CorpusTexts))]
    public void One_taped_tokenization_plays_what_the_exact_and_folded_analyzers_make(string file)
    {
        var text = FastNfc.Normalize(File.ReadAllText(Path.Combine(RepoPaths.Corpus, file)));
        var tape = new SyllableTape();
        var exact = new TapeStream(tape);
        var foldedSource = new TapeStream(tape);
        exact.SetText(text);
        foldedSource.SetText(text);
        // Folded first: whichever stream comes first fills the tape.
        var folded = Tokens(_ => new BigramFilter(new DiacriticFoldingFilter(foldedSource), " "), text);
        Assert.Equal(Tokens(reader => VietnameseAnalyzers.Folded(shingles: true).GetTokenStream("f", reader), text), folded);
        Assert.Equal(Tokens(reader => VietnameseAnalyzers.Exact(shingles: false).GetTokenStream("f", reader), text), Tokens(_ => exact, text));
    }

    [Fact]
    public void Lower_case_table_agrees_with_lucene_on_every_letter_of_the_basic_plane()
    {
        var letters = new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && char.IsLetter(c)).ToArray());
        // One token per letter (a space between), so each is cased on its own.
        var text = string.Join(' ', letters.ToCharArray());
        var ours = Tokens(reader => new InvariantLowerCaseFilter(new WhitespaceTokenizer(VietnameseAnalyzers.Version, reader)), text);
        var lucene = Tokens(reader => new LowerCaseFilter(VietnameseAnalyzers.Version, new WhitespaceTokenizer(VietnameseAnalyzers.Version, reader)), text);
        Assert.Equal(lucene, ours);
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Func<TextReader, TokenStream> chain, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = chain(new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        tokens.Add(("<end>", position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        return tokens;
    }
}
