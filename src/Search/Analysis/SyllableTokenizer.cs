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
    private char[] _text = [];
    private int _length;
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
        var length = _length;
        var i = _next;
        while (i < length && !IsWordChar(text[i])) i++;
        if (i >= length)
        {
            _next = length;
            return false;
        }
        var start = i;
        while (i < length)
        {
            var c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            if ((c == '.' || c == ',') && i > start && char.IsDigit(text[i - 1]) && i + 1 < length && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        _next = i;
        var tokenLength = Math.Min(i - start, MaxTokenLength);
        _term.CopyBuffer(text, start, tokenLength);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + tokenLength));
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        // Fields are short (an item's text); read the whole value into a reused buffer.
        _length = 0;
        while (true)
        {
            if (_length == _text.Length) Array.Resize(ref _text, Math.Max(256, _text.Length * 2));
            var read = m_input.Read(_text, _length, _text.Length - _length);
            if (read <= 0) break;
            _length += read;
        }
        _next = 0;
        _finalOffset = CorrectOffset(_length);
    }
}
