using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Lower-cases each token through a table of the invariant lower case of every BMP character.
/// Does what Lucene's LowerCaseFilter does, without its per-token call into the platform's case mapping
/// (ICU on Linux), which was the largest single cost of indexing. Surrogate pairs are lower-cased as a pair.</summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private static readonly char[] Table = BuildTable();
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                LowerPair(buffer.AsSpan(i, 2));
                i++;
                continue;
            }
            buffer[i] = Table[c];
        }
        return true;
    }

    public static char Lower(char c) => Table[c];

    private static void LowerPair(Span<char> pair)
    {
        Span<char> lower = stackalloc char[2];
        if (((ReadOnlySpan<char>)pair).ToLowerInvariant(lower) == 2) lower.CopyTo(pair);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        return table;
    }
}
