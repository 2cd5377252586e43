using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>Emits every token and, after each token but the first, the bigram of the previous token and
/// this one ("cơ sở" → "cơ", "cơ sở", "sở"), placed at the previous token's position and spanning both
/// tokens' offsets — the same terms, positions and offsets as Lucene's ShingleFilter(2, 2) with unigrams,
/// for input without position gaps (the syllable tokenizer makes none), without its per-token state
/// capture and cloning.</summary>
internal sealed class BigramFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly ITypeAttribute _type;
    private readonly string _separator;

    private char[] _previous = new char[32];
    private int _previousLength;
    private int _previousStart;
    private bool _hasPrevious;

    // The token read ahead while its bigram is emitted; emitted on the next call.
    private char[] _pending = new char[32];
    private int _pendingLength;
    private int _pendingStart;
    private int _pendingEnd;
    private int _pendingIncrement;
    private string _pendingType = TypeAttribute.DEFAULT_TYPE;
    private bool _hasPending;

    public BigramFilter(TokenStream input, string separator) : base(input)
    {
        _separator = separator;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_hasPending)
        {
            _hasPending = false;
            ClearAttributes();
            _term.CopyBuffer(_pending, 0, _pendingLength);
            _offset.SetOffset(_pendingStart, _pendingEnd);
            _position.PositionIncrement = _pendingIncrement;
            _type.Type = _pendingType;
            Remember(_pending, _pendingLength, _pendingStart);
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (!_hasPrevious)
        {
            Remember(_term.Buffer, _term.Length, _offset.StartOffset);
            return true;
        }
        // Hold the token just read; emit the bigram ending with it first.
        Copy(ref _pending, _term.Buffer, _term.Length);
        _pendingLength = _term.Length;
        _pendingStart = _offset.StartOffset;
        _pendingEnd = _offset.EndOffset;
        _pendingIncrement = _position.PositionIncrement;
        _pendingType = _type.Type;
        _hasPending = true;

        var length = _previousLength + _separator.Length + _pendingLength;
        var buffer = _term.ResizeBuffer(length);
        _previous.AsSpan(0, _previousLength).CopyTo(buffer);
        _separator.AsSpan().CopyTo(buffer.AsSpan(_previousLength));
        _pending.AsSpan(0, _pendingLength).CopyTo(buffer.AsSpan(_previousLength + _separator.Length));
        _term.Length = length;
        _offset.SetOffset(_previousStart, _pendingEnd);
        _position.PositionIncrement = 0;
        _positionLength.PositionLength = 2;
        _type.Type = "shingle";
        return true;
    }

    private void Remember(char[] text, int length, int start)
    {
        Copy(ref _previous, text, length);
        _previousLength = length;
        _previousStart = start;
        _hasPrevious = true;
    }

    private static void Copy(ref char[] target, char[] source, int length)
    {
        if (target.Length < length) target = new char[Math.Max(length, target.Length * 2)];
        Array.Copy(source, target, length);
    }

    public override void Reset()
    {
        base.Reset();
        _hasPrevious = false;
        _hasPending = false;
    }
}
