using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Search.Analysis;

/// <summary>Rewrites each lower-case token to the product's canonical tone placement (<see cref="TonePlacement"/>,
/// the one rule ingest uses too), in place, so "hoà" and "hòa" are one term.</summary>
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
