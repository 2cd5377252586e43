namespace Analytics.Search.Snippets;

/// <summary>A token of a hit's text that carries a looked-for term: its token index (<see cref="First"/> =
/// <see cref="Last"/>; two tokens for a bigram term, −1 for a token of another field's analysis), its offsets
/// in the text, and the mask of query slots its terms stand for (<see cref="HighlightSlots"/>).</summary>
internal readonly record struct TokenMatch(int First, int Last, int Start, int End, ulong Slots);
