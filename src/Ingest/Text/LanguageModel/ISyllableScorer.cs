namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>What the decoder asks of a language model: word ids and scores (log10 probabilities).</summary>
public interface ISyllableScorer
{
    int VocabularySize { get; }
    int Id(string syllable);
    /// <summary>The id of a lower-case canonical syllable given as characters (no string needed on hot paths).</summary>
    int Id(ReadOnlySpan<char> syllable) => Id(syllable.ToString());
    string Word(int id);
    /// <summary>log10 P(c | a b).</summary>
    float Score(int a, int b, int c);
    /// <summary>log10 P(d | a b c); a trigram model ignores <paramref name="a"/>.</summary>
    float Score(int a, int b, int c, int d) => Score(b, c, d);
    /// <summary>log10 P(c) with no context.</summary>
    float Score(int c);
    /// <summary>log10 P(written in <paramref name="shape"/> inside a sentence | word); 0 when unknown.</summary>
    float CaseScore(int id, CaseShape shape) => 0f;
}
