using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Rewrites each lower-case token to its canonical tone placement (<see cref="TonePlacement"/>).</summary>
internal sealed class TonePlacementFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public TonePlacementFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        var buffer = _term.Buffer;
        for (var i = 0; i < length; i++)
        {
            // Only syllables with a character outside ASCII can carry a tone mark.
            if (buffer[i] < 0x80) continue;
            var original = new string(buffer, 0, length);
            var canonical = TonePlacement.Canonical(original);
            if (!ReferenceEquals(canonical, original)) _term.SetEmpty().Append(canonical);
            break;
        }
        return true;
    }
}
