using Analytics.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Analytics.Search.Snippets;

/// <summary>Builds a snippet for a hit from the offsets stored in the postings: the offsets of exact and
/// folded matches both point into the stored original, so an unaccented query still marks "thư viện".
/// The passage is the window of the wanted length holding the most matches; marks that touch merge.</summary>
internal sealed class SnippetBuilder
{
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<(string Field, BytesRef Term)> _terms;

    public SnippetBuilder(IndexSearcher searcher, HighlightTerms highlights)
    {
        _searcher = searcher;
        var terms = highlights.Terms.Select(t => (t.Field, new BytesRef(t.Term))).ToList();
        foreach (var fuzzy in highlights.Fuzzy)
        {
            var set = new HashSet<Term>();
            searcher.Rewrite(fuzzy).ExtractTerms(set);
            terms.AddRange(set.Select(t => (t.Field, t.Bytes)));
        }
        _terms = terms.DistinctBy(t => (t.Field, t.Item2.Utf8ToString())).ToList();
    }

    public Snippet For(int docId, string text, int length) => Window(text, Offsets([docId])[0], length);

    /// <summary>Snippets of several hits at once (in the order given): the postings of each term are read once
    /// per segment, moving forward through the hits in document order, instead of sought again per hit.</summary>
    public IReadOnlyList<Snippet> For(IReadOnlyList<(int DocId, string Text)> hits, int length)
    {
        var distinct = hits.Select(h => h.DocId).Distinct().ToList();
        var offsets = Offsets(distinct);
        var byDoc = distinct.Select((doc, i) => (doc, i)).ToDictionary(d => d.doc, d => offsets[d.i]);
        return hits.Select(h => Window(h.Text, [.. byDoc[h.DocId]], length)).ToList();
    }

    /// <summary>Match offsets per document; the ids must be distinct.</summary>
    private List<(int Start, int End)>[] Offsets(IReadOnlyList<int> docIds)
    {
        var spans = docIds.Select(_ => new List<(int Start, int End)>()).ToArray();
        var leaves = _searcher.IndexReader.Leaves;
        var order = Enumerable.Range(0, docIds.Count).OrderBy(i => docIds[i]).ToList();
        foreach (var segment in order.GroupBy(i => ReaderUtil.SubIndex(docIds[i], leaves)))
        {
            var leaf = leaves[segment.Key];
            var reader = leaf.AtomicReader;
            foreach (var (field, term) in _terms)
            {
                var terms = reader.GetTerms(field);
                if (terms is null) continue;
                var termsEnum = terms.GetEnumerator();
                if (!termsEnum.SeekExact(term)) continue;
                var postings = termsEnum.DocsAndPositions(reader.LiveDocs, null, DocsAndPositionsFlags.OFFSETS);
                if (postings is null) continue;
                foreach (var hit in segment)
                {
                    var local = docIds[hit] - leaf.DocBase;
                    if (postings.DocID > local) continue;
                    if (postings.DocID < local && postings.Advance(local) == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (postings.DocID != local) continue;
                    for (var i = 0; i < postings.Freq; i++)
                    {
                        postings.NextPosition();
                        if (postings.StartOffset >= 0 && postings.EndOffset > postings.StartOffset) spans[hit].Add((postings.StartOffset, postings.EndOffset));
                    }
                }
            }
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
