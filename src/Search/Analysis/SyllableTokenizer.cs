using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Splits NFC text into syllables: runs of letters (with any combining marks) and digits.
/// A dot or comma between two digits stays inside the token, so "3.6" and "294.157.000" stay whole;
/// everything else (spaces, hyphens, slashes, punctuation) separates. Offsets point into the text
/// as given, which is the stored original, so snippets can mark it.</summary>
internal sealed class SyllableTokenizer : Tokenizer
{
    private const int MaxTokenLength = 64;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private int _next;
    private int _finalOffset;

    public SyllableTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text;
        var i = _next;
        while (i < text.Length && !IsWordChar(text[i])) i++;
        if (i >= text.Length)
        {
            _next = text.Length;
            return false;
        }
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            if ((c == '.' || c == ',') && i > start && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        _next = i;
        var length = Math.Min(i - start, MaxTokenLength);
        _term.CopyBuffer(text.ToCharArray(start, length), 0, length);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _next = 0;
        _finalOffset = CorrectOffset(_text.Length);
    }
}
