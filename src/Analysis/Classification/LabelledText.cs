namespace Analytics.Analysis.Classification;

/// <summary>One hand-labelled sentence: its categories (empty for a negative) and whether it belongs to
/// the fixed held-out split.</summary>
public sealed record LabelledText(string Text, IReadOnlyList<string> Labels, bool IsHeldOut, string Origin);
