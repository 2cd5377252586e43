using Analytics.Ingest.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Folds each token to its accent-free form ("thư" → "thu", "đường" → "duong") letter by letter
/// with <see cref="VietnameseFolding.FoldLetter"/>; tokens must be NFC. Offsets are untouched, so a folded
/// match still points at the accented original.</summary>
internal sealed class DiacriticFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DiacriticFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
            buffer[i] = FoldChar(buffer[i]);
        return true;
    }

    public static char FoldChar(char c) => VietnameseFolding.FoldLetter(c);
}
