namespace Analytics.Ingest.Text.Restoration;

/// <summary>What the decoder did with one word: where it is in the line, what was written, what it chose,
/// and the alternatives with their score relative to the choice (0 = chosen; log10, more negative = worse).</summary>
public sealed record SyllableChoice(int Start, int Length, string Original, string Chosen, IReadOnlyList<(string Form, float Delta)> Alternatives);
