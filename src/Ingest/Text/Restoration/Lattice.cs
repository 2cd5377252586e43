using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>One position of a sentence to decode: the candidate syllable ids, with an optional
/// log10 channel score per candidate (OCR repair); a fixed word (no candidates) has just its own id
/// and allocates nothing. <see cref="Case"/> is how the word was written inside its sentence (its capitals
/// survive lost accents and hint at names).</summary>
public readonly record struct LatticeSlot(int[]? Ids, float[]? ChannelScores = null, int FixedId = 0, CaseShape Case = CaseShape.Other)
{
    /// <summary>A word kept as written: one candidate, its model id.</summary>
    public static LatticeSlot Fixed(int id) => new(null, null, id);

    public int Count => Ids?.Length ?? 1;

    public int Id(int k) => Ids is null ? FixedId : Ids[k];

    public float Channel(int k) => ChannelScores is null ? 0f : ChannelScores[k];
}
