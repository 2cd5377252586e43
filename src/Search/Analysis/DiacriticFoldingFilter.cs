using Analytics.Ingest.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Folds each token to its accent-free form ("thư" → "thu", "đường" → "duong") with a
/// per-character table built from <see cref="VietnameseFolding.Fold"/>; tokens must be NFC. Offsets are
/// untouched, so a folded match still points at the accented original.</summary>
internal sealed class DiacriticFoldingFilter : TokenFilter
{
    private const int TableStart = 0x00C0;
    private const int TableEnd = 0x1EFF;
    private static readonly char[] Table = BuildTable();
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

    public static char FoldChar(char c) => c is >= (char)TableStart and <= (char)TableEnd ? Table[c - TableStart] : c;

    private static char[] BuildTable()
    {
        var table = new char[TableEnd - TableStart + 1];
        for (var c = TableStart; c <= TableEnd; c++)
        {
            var folded = VietnameseFolding.Fold(((char)c).ToString());
            // Keep case as given (lower-casing happens earlier); fold only when one letter comes out.
            table[c - TableStart] = folded.Length == 1 ? (char.IsUpper((char)c) ? char.ToUpperInvariant(folded[0]) : folded[0]) : (char)c;
        }
        return table;
    }
}
