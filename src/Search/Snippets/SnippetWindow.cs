namespace Analytics.Search.Snippets;

/// <summary>Cuts the passage of a snippet: the window of the wanted length that shows the most of the
/// query — the most of its syllables (slots), then the most marks, after marks that touch are merged —
/// started a little before its first mark at a word boundary.</summary>
internal static class SnippetWindow
{
    public static Snippet Of(string text, List<MarkedSpan> marks, int length)
    {
        var spans = Merge(text, marks);
        if (text.Length <= length) return new Snippet(text.Replace('\n', ' '), Marks(spans, 0, text.Length));
        var bestStart = 0;
        (int Slots, int Marks) best = (-1, -1);
        // How many marks of the window show each slot, and how many slots are shown at all.
        Span<int> shown = stackalloc int[64];
        var distinct = 0;
        // Merged spans are disjoint and in order, so their ends rise too: the window's last span only moves on.
        var next = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (next < i)
            {
                next = i;
            }
            else if (i > 0)
            {
                for (var bits = spans[i - 1].Slots; bits != 0; bits &= bits - 1)
                    if (--shown[System.Numerics.BitOperations.TrailingZeroCount(bits)] == 0) distinct--;
            }
            while (next < spans.Count && spans[next].End <= spans[i].Start + length)
            {
                for (var bits = spans[next].Slots; bits != 0; bits &= bits - 1)
                    if (shown[System.Numerics.BitOperations.TrailingZeroCount(bits)]++ == 0) distinct++;
                next++;
            }
            if ((distinct, next - i).CompareTo(best) > 0) (best, bestStart) = ((distinct, next - i), spans[i].Start);
        }
        // Start a little before the first match, at a word boundary, so the match has context.
        var start = Math.Max(0, bestStart - length / 5);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            if (space >= 0 && space < bestStart) start = space + 1;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start + length / 2) end = space;
        }
        var prefix = start > 0 ? "…" : "";
        var suffix = end < text.Length ? "…" : "";
        var passage = prefix + text[start..end].Replace('\n', ' ') + suffix;
        return new Snippet(passage, Marks(spans, start, end).Select(m => new SnippetMark(m.Start + prefix.Length, m.Length)).ToList());
    }

    private static List<MarkedSpan> Merge(string text, List<MarkedSpan> spans)
    {
        var merged = new List<MarkedSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var between = span.Start > last.End ? text.AsSpan(last.End, span.Start - last.End) : [];
                if (span.Start <= last.End || (between.Length <= 2 && between.Trim().Length == 0))
                {
                    merged[^1] = new MarkedSpan(last.Start, Math.Max(last.End, span.End), last.Slots | span.Slots);
                    continue;
                }
            }
            merged.Add(span);
        }
        return merged;
    }

    private static List<SnippetMark> Marks(List<MarkedSpan> spans, int from, int to) =>
        spans.Where(s => s.Start >= from && s.End <= to).Select(s => new SnippetMark(s.Start - from, s.End - s.Start)).ToList();
}
