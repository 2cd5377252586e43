namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The estimated model in storage form: sorted keys with one quantised code each.</summary>
internal sealed record LanguageModelData(
    string[] Vocabulary,
    float[] Unigram,
    float[] UnigramBackoff,
    ulong[] BigramKeys, byte[] BigramCodes, float[] BigramCodebook,
    ulong[] BackoffKeys, byte[] BackoffCodes, float[] BackoffCodebook,
    ulong[] TrigramKeys, byte[] TrigramCodes, float[] TrigramCodebook)
{
    public SyllableLanguageModel ToModel() => new(
        Vocabulary, Unigram, UnigramBackoff,
        new NgramTable(BigramKeys, BigramCodes), BigramCodebook,
        new NgramTable(BackoffKeys, BackoffCodes), BackoffCodebook,
        new NgramTable(TrigramKeys, TrigramCodes), TrigramCodebook);
}
