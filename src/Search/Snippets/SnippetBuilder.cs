using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Snippets;

/// <summary>Builds a snippet for a hit by analysing its stored original again with the analyzer each text
/// field is indexed with (<see cref="IndexAnalyzer"/>) and marking the tokens whose term the query looks
/// for in that field: the same spans offsets in postings would give (the index keeps none, see
/// <see cref="IndexFields.SearchText"/>). Exact and folded tokens both point into the original, so an
/// unaccented query still marks "thư viện". The passage is the window of the wanted length holding the
/// most matches; marks that touch merge.</summary>
internal sealed class SnippetBuilder
{
    /// <summary>The analyzers of the index, shared (an analyzer keeps its token streams per thread).</summary>
    private static readonly Analyzer Analyzer = IndexAnalyzer.Create();

    private readonly IReadOnlyList<(string Field, HashSet<string> Terms)> _terms;

    public SnippetBuilder(IndexSearcher searcher, HighlightTerms highlights)
    {
        var terms = highlights.Terms.ToList();
        foreach (var fuzzy in highlights.Fuzzy)
        {
            var set = new HashSet<Term>();
            searcher.Rewrite(fuzzy).ExtractTerms(set);
            terms.AddRange(set.Select(t => (t.Field, t.Text)));
        }
        _terms = terms.GroupBy(t => t.Field, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(t => t.Item2).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Snippets of several hits at once, in the order given.</summary>
    public IReadOnlyList<Snippet> For(IReadOnlyList<(int DocId, string Text)> hits, int length) =>
        hits.Select(h => Window(h.Text, Spans(h.Text), length)).ToList();

    /// <summary>Offsets of the tokens of <paramref name="text"/> that carry a looked-for term of their field.</summary>
    private List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (text.Length == 0) return spans;
        foreach (var (field, terms) in _terms)
        {
            using var stream = Analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            while (stream.IncrementToken())
            {
                if (offset.EndOffset > offset.StartOffset && lookup.Contains(term.Buffer.AsSpan(0, term.Length)))
                    spans.Add((offset.StartOffset, offset.EndOffset));
            }
            stream.End();
        }
        return spans;
    }

    internal static Snippet Window(string text, List<(int Start, int End)> spans, int length)
    {
        spans = Merge(text, spans);
        if (text.Length <= length) return new Snippet(text.Replace('\n', ' '), Marks(spans, 0, text.Length));
        var bestStart = 0;
        var bestCount = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            var count = spans.Skip(i).TakeWhile(s => s.End <= spans[i].Start + length).Count();
            if (count > bestCount) (bestCount, bestStart) = (count, spans[i].Start);
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
