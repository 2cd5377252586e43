namespace Analytics.Search.Snippets;

/// <summary>A span of a hit's text a snippet marks, with the mask of the query slots it shows
/// (<see cref="HighlightSlots"/>), so the passage can be cut where the most of the query is seen.</summary>
internal readonly record struct MarkedSpan(int Start, int End, ulong Slots);
