namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The estimated model in storage form: sorted keys with one quantised code each; and per word,
/// log10 P(written capitalised | word) and P(written in lower case | word) inside a sentence (null in
/// models from before the case channel).</summary>
internal sealed record LanguageModelData(
    string[] Vocabulary,
    float[] Unigram,
    float[] UnigramBackoff,
    ulong[] BigramKeys, byte[] BigramCodes, float[] BigramCodebook,
    ulong[] BackoffKeys, byte[] BackoffCodes, float[] BackoffCodebook,
    ulong[] TrigramKeys, byte[] TrigramCodes, float[] TrigramCodebook,
    float[]? CapitalisedLog = null, float[]? LowerLog = null)
{
    /// <summary>The 4-gram layer; null in a trigram model.</summary>
    public FourgramLayer? Fourgrams { get; init; }

    public SyllableLanguageModel ToModel() => new(this);
}
