using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;

namespace Analytics.Search.Snippets;

/// <summary>Builds a snippet for a hit by analysing its stored original again with the analyzer each text
/// field is indexed with (<see cref="IndexAnalyzer"/>) and finding the tokens whose term the query looks
/// for in that field: the same spans offsets in postings would give (the index keeps none, see
/// <see cref="IndexFields.SearchText"/>). Exact and folded tokens both point into the original, so an
/// unaccented query still marks "thư viện". Of those tokens, <see cref="MarkSelection"/> keeps the ones that
/// show the query's words; the passage is the window showing the most of the query (<see cref="SnippetWindow"/>).</summary>
internal sealed class SnippetBuilder
{
    /// <summary>The analyzers of the index, shared (an analyzer keeps its token streams per thread).</summary>
    private static readonly Analyzer Analyzer = IndexAnalyzer.Create();

    private readonly HighlightSlots _slots;
    /// <summary>Whether any folded term looked for is a bigram (a fuzzy expansion can be one).</summary>
    private readonly bool _bigrams;
    private readonly SyllableTape _tape = new();
    private char[] _bigram = new char[64];

    public SnippetBuilder(IndexSearcher searcher, HighlightTerms highlights)
    {
        _slots = new HighlightSlots(searcher, highlights);
        _bigrams = _slots.Folded?.Keys.Any(t => t.Contains(VietnameseAnalyzers.ShingleSeparator, StringComparison.Ordinal)) == true;
    }

    /// <summary>Snippets of several hits at once, in the order given.</summary>
    public IReadOnlyList<Snippet> For(IReadOnlyList<(int DocId, string Text)> hits, int length) =>
        hits.Select(h => SnippetWindow.Of(h.Text, MarkSelection.Select(Matches(h.Text), _slots), length)).ToList();

    /// <summary>The tokens of <paramref name="text"/> that carry a looked-for term of their field, in token
    /// order. The exact and folded text fields are read from one tokenization (<see cref="SyllableTape"/>, the
    /// same tokens the index is written from): exact terms as taped, folded terms and bigrams folded from them
    /// as <see cref="DiacriticFoldingFilter"/> and <see cref="BigramFilter"/> do. Any other field goes through
    /// its analyzer.</summary>
    internal List<TokenMatch> Matches(string text)
    {
        var matches = new List<TokenMatch>();
        if (text.Length == 0) return matches;
        if (_slots.Exact is not null || _slots.Folded is not null) TapedMatches(text, matches);
        foreach (var (field, terms) in _slots.Fields)
        {
            if (field is IndexFields.Text or IndexFields.TextFolded) continue;
            using var stream = Analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            while (stream.IncrementToken())
            {
                if (offset.EndOffset > offset.StartOffset && lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var slots))
                    matches.Add(new TokenMatch(-1, -1, offset.StartOffset, offset.EndOffset, slots));
            }
            stream.End();
        }
        return matches;
    }

    private void TapedMatches(string text, List<TokenMatch> matches)
    {
        _tape.Ensure(text);
        var exact = _slots.Exact?.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = _slots.Folded?.GetAlternateLookup<ReadOnlySpan<char>>();
        var separator = VietnameseAnalyzers.ShingleSeparator;
        var previousLength = 0;
        for (var i = 0; i < _tape.Count; i++)
        {
            var term = _tape.Term(i);
            var slots = exact is { } e && e.TryGetValue(term, out var exactSlots) ? exactSlots : 0UL;
            if (folded is not { } f)
            {
                if (slots != 0) matches.Add(new TokenMatch(i, i, _tape.StartOffset(i), _tape.EndOffset(i), slots));
                continue;
            }
            // The bigram buffer holds the previous folded token, the separator, then this folded token.
            var need = previousLength + separator.Length + term.Length;
            if (_bigram.Length < need) Array.Resize(ref _bigram, Math.Max(need, _bigram.Length * 2));
            var current = _bigram.AsSpan(previousLength + separator.Length, term.Length);
            for (var c = 0; c < term.Length; c++) current[c] = DiacriticFoldingFilter.FoldChar(term[c]);
            if (f.TryGetValue(current, out var foldedSlots)) slots |= foldedSlots;
            if (slots != 0) matches.Add(new TokenMatch(i, i, _tape.StartOffset(i), _tape.EndOffset(i), slots));
            if (i > 0 && _bigrams)
            {
                separator.AsSpan().CopyTo(_bigram.AsSpan(previousLength));
                if (f.TryGetValue(_bigram.AsSpan(0, need), out var bigramSlots))
                    matches.Add(new TokenMatch(i - 1, i, _tape.StartOffset(i - 1), _tape.EndOffset(i), bigramSlots));
            }
            current.CopyTo(_bigram);
            previousLength = term.Length;
        }
    }
}
