namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The 4-gram layer of a model in storage form: backoff weights keyed by their history (a kept
/// trigram's key) and the kept 4-grams (a &lt;&lt; 48 | b &lt;&lt; 32 | c &lt;&lt; 16 | d), each sorted, with one
/// quantised code per key and a 256-entry codebook.</summary>
internal sealed record FourgramLayer(
    ulong[] BackoffKeys, byte[] BackoffCodes, float[] BackoffCodebook,
    ulong[] Keys, byte[] Codes, float[] Codebook);
