using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Analytics.Search.Analysis;

/// <summary>The syllables of one text (tokenized, lower-cased, tone-canonical, not folded) with their
/// offsets, kept so that the exact field and the folded field of a document are built from one
/// tokenization instead of two. Filled on first use for a text and reused while the same string instance
/// comes back. One per writing thread; not thread-safe.</summary>
internal sealed class SyllableTape
{
    private readonly SyllableTokenizer _tokenizer = new(TextReader.Null);
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string? _source;
    private char[] _chars = new char[1024];
    private int[] _starts = new int[128];
    private int[] _lengths = new int[128];
    private int[] _startOffsets = new int[128];
    private int[] _endOffsets = new int[128];

    public SyllableTape()
    {
        _chain = new TonePlacementFilter(new InvariantLowerCaseFilter(_tokenizer));
        _term = _chain.AddAttribute<ICharTermAttribute>();
        _offset = _chain.AddAttribute<IOffsetAttribute>();
    }

    public int Count { get; private set; }

    /// <summary>The length of the text, the offset a stream reports at its end.</summary>
    public int FinalOffset { get; private set; }

    public ReadOnlySpan<char> Term(int i) => _chars.AsSpan(_starts[i], _lengths[i]);
    public int StartOffset(int i) => _startOffsets[i];
    public int EndOffset(int i) => _endOffsets[i];

    /// <summary>Makes the tape hold <paramref name="text"/>'s syllables (NFC text expected).</summary>
    public void Ensure(string text)
    {
        if (ReferenceEquals(text, _source)) return;
        _source = null;
        Count = 0;
        var used = 0;
        _tokenizer.SetReader(new StringReader(text));
        _chain.Reset();
        while (_chain.IncrementToken())
        {
            if (Count == _starts.Length) Grow();
            var length = _term.Length;
            if (used + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, used + length));
            Array.Copy(_term.Buffer, 0, _chars, used, length);
            _starts[Count] = used;
            _lengths[Count] = length;
            _startOffsets[Count] = _offset.StartOffset;
            _endOffsets[Count] = _offset.EndOffset;
            used += length;
            Count++;
        }
        _chain.End();
        FinalOffset = _offset.EndOffset;
        _chain.Dispose();
        _source = text;
    }

    private void Grow()
    {
        var size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _startOffsets, size);
        Array.Resize(ref _endOffsets, size);
    }
}

/// <summary>Plays a <see cref="SyllableTape"/> back as a token stream over one text: the tokens the exact
/// chain (syllables → lower case → tone placement) makes of it, with the same offsets and increments.</summary>
internal sealed class TapeStream : TokenStream
{
    private readonly SyllableTape _tape;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string _text = "";
    private int _next;

    public TapeStream(SyllableTape tape)
    {
        _tape = tape;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The text the next use of the stream plays (set before the indexer resets it).</summary>
    public void SetText(string text) => _text = text;

    public override void Reset()
    {
        base.Reset();
        _tape.Ensure(_text);
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tape.Count) return false;
        ClearAttributes();
        var term = _tape.Term(_next);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _offset.SetOffset(_tape.StartOffset(_next), _tape.EndOffset(_next));
        _position.PositionIncrement = 1;
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_tape.FinalOffset, _tape.FinalOffset);
    }
}
