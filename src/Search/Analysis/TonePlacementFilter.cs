using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Rewrites each lower-case token to its canonical tone placement (<see cref="TonePlacement"/>), in place.</summary>
internal sealed class TonePlacementFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public TonePlacementFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        TonePlacement.Canonicalize(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
