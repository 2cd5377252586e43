namespace Analytics.Search.Snippets;

/// <summary>Cuts the passage of a snippet: the window of the wanted length holding the most marks (after
/// marks that touch are merged), started a little before its first mark at a word boundary.</summary>
internal static class SnippetWindow
{
    public static Snippet Of(string text, List<(int Start, int End)> spans, int length)
    {
        spans = Merge(text, spans);
        if (text.Length <= length) return new Snippet(text.Replace('\n', ' '), Marks(spans, 0, text.Length));
        var bestStart = 0;
        var bestCount = -1;
        // Merged spans are disjoint and in order, so their ends rise too: the window's last span only moves on.
        var next = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            next = Math.Max(next, i);
            while (next < spans.Count && spans[next].End <= spans[i].Start + length) next++;
            if (next - i > bestCount) (bestCount, bestStart) = (next - i, spans[i].Start);
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

    private static List<(int Start, int End)> Merge(string text, List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var between = span.Start > last.End ? text.AsSpan(last.End, span.Start - last.End) : [];
                if (span.Start <= last.End || (between.Length <= 2 && between.Trim().Length == 0))
                {
                    merged[^1] = (last.Start, Math.Max(last.End, span.End));
                    continue;
                }
            }
            merged.Add(span);
        }
        return merged;
    }

    private static List<SnippetMark> Marks(List<(int Start, int End)> spans, int from, int to) =>
        spans.Where(s => s.Start >= from && s.End <= to).Select(s => new SnippetMark(s.Start - from, s.End - s.Start)).ToList();
}
