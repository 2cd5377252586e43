namespace Analytics.Ingest.Text.Restoration;

/// <summary>One position of a sentence to decode: the candidate syllable ids, with an optional
/// log10 channel score per candidate (OCR repair); a fixed word has one candidate.</summary>
public readonly record struct LatticeSlot(int[] Ids, float[]? ChannelScores = null)
{
    public float Channel(int k) => ChannelScores is null ? 0f : ChannelScores[k];
}
