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
/// unaccented query still marks "thư viện". The passage is cut by <see cref="SnippetWindow"/>.</summary>
internal sealed class SnippetBuilder
{
    /// <summary>The analyzers of the index, shared (an analyzer keeps its token streams per thread).</summary>
    private static readonly Analyzer Analyzer = IndexAnalyzer.Create();

    private readonly IReadOnlyList<(string Field, HashSet<string> Terms)> _terms;
    private readonly HashSet<string>? _exact;
    private readonly HashSet<string>? _folded;
    /// <summary>Whether any folded term looked for is a bigram (a fuzzy expansion can be one).</summary>
    private readonly bool _bigrams;
    private readonly SyllableTape _tape = new();
    private char[] _bigram = new char[64];

    public SnippetBuilder(IndexSearcher searcher, HighlightTerms highlights)
    {
        var terms = highlights.Terms.Select(t => (t.Field, t.Term)).ToList();
        foreach (var (fuzzy, _) in highlights.Fuzzy)
        {
            var set = new HashSet<Term>();
            searcher.Rewrite(fuzzy).ExtractTerms(set);
            terms.AddRange(set.Select(t => (t.Field, t.Text)));
        }
        _terms = terms.GroupBy(t => t.Field, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(t => t.Item2).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        _exact = _terms.FirstOrDefault(t => t.Field == IndexFields.Text).Terms;
        _folded = _terms.FirstOrDefault(t => t.Field == IndexFields.TextFolded).Terms;
        _bigrams = _folded?.Any(t => t.Contains(VietnameseAnalyzers.ShingleSeparator, StringComparison.Ordinal)) == true;
    }

    /// <summary>Snippets of several hits at once, in the order given.</summary>
    public IReadOnlyList<Snippet> For(IReadOnlyList<(int DocId, string Text)> hits, int length) =>
        hits.Select(h => SnippetWindow.Of(h.Text, Spans(h.Text), length)).ToList();

    /// <summary>Offsets of the tokens of <paramref name="text"/> that carry a looked-for term of their field.
    /// The exact and folded text fields are read from one tokenization (<see cref="SyllableTape"/>, the same
    /// tokens the index is written from): exact terms as taped, folded terms and bigrams folded from them as
    /// <see cref="DiacriticFoldingFilter"/> and <see cref="BigramFilter"/> do. Any other field goes through
    /// its analyzer.</summary>
    private List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (text.Length == 0) return spans;
        if (_exact is not null || _folded is not null) TapedSpans(text, spans);
        foreach (var (field, terms) in _terms)
        {
            if (field is IndexFields.Text or IndexFields.TextFolded) continue;
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

    private void TapedSpans(string text, List<(int Start, int End)> spans)
    {
        _tape.Ensure(text);
        var exact = _exact?.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = _folded?.GetAlternateLookup<ReadOnlySpan<char>>();
        var separator = VietnameseAnalyzers.ShingleSeparator;
        var previousLength = 0;
        for (var i = 0; i < _tape.Count; i++)
        {
            var term = _tape.Term(i);
            if (exact is { } e && e.Contains(term)) spans.Add((_tape.StartOffset(i), _tape.EndOffset(i)));
            if (folded is not { } f) continue;
            // The bigram buffer holds the previous folded token, the separator, then this folded token.
            var need = previousLength + separator.Length + term.Length;
            if (_bigram.Length < need) Array.Resize(ref _bigram, Math.Max(need, _bigram.Length * 2));
            var current = _bigram.AsSpan(previousLength + separator.Length, term.Length);
            for (var c = 0; c < term.Length; c++) current[c] = DiacriticFoldingFilter.FoldChar(term[c]);
            if (f.Contains(current)) spans.Add((_tape.StartOffset(i), _tape.EndOffset(i)));
            if (i > 0 && _bigrams)
            {
                separator.AsSpan().CopyTo(_bigram.AsSpan(previousLength));
                if (f.Contains(_bigram.AsSpan(0, need))) spans.Add((_tape.StartOffset(i - 1), _tape.EndOffset(i)));
            }
            current.CopyTo(_bigram);
            previousLength = term.Length;
        }
    }
}
