using System.Text;
using Analytics.Ingest;

namespace Analytics.Search.Querying;

/// <summary>Parses the search box syntax into a <see cref="QueryNode"/>. Words typed side by side stay one
/// <see cref="TextNode"/> (so analysis sees "thu vien" whole); AND/OR/NOT are upper-case keywords; a
/// malformed query comes back as a failure naming the position and the problem.</summary>
public sealed class PlanQueryParser
{
    private const int MaxLength = 2000;
    private const int MaxDepth = 32;
    /// <summary>Every word becomes several syllable and bigram clauses, each read from the index: a query
    /// of hundreds of words costs seconds of CPU and slows every other search. Real searches have a few.</summary>
    private const int MaxWords = 64;
    private readonly string _text;
    private int _pos;
    private int _depth;

    private PlanQueryParser(string text) => _text = text;

    public static Result<QueryNode> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return Result<QueryNode>.Failure("The query is empty. " + QuerySyntax.Help);
        if (query.Length > MaxLength) return Result<QueryNode>.Failure($"The query is longer than {MaxLength} characters.");
        var parser = new PlanQueryParser(query.Normalize(NormalizationForm.FormC));
        try
        {
            var node = parser.ParseOr();
            parser.SkipSpace();
            if (parser._pos < parser._text.Length)
                throw parser.Error(parser.Peek() == ')' ? "')' without a matching '('" : $"unexpected '{parser.Peek()}'");
            var words = Words(node);
            if (words > MaxWords) return Result<QueryNode>.Failure($"The query has {words} words; at most {MaxWords} are searched at once.");
            return node;
        }
        catch (QuerySyntaxException e)
        {
            return Result<QueryNode>.Failure(e.Message);
        }
    }

    private static int Words(QueryNode node) => node switch
    {
        TextNode text => text.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
        PhraseNode phrase => phrase.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
        AndNode and => and.Children.Sum(Words),
        OrNode or => or.Children.Sum(Words),
        NotNode not => Words(not.Child),
        _ => 1,
    };

    private QueryNode ParseOr()
    {
        var children = new List<QueryNode> { ParseAnd() };
        while (TryKeyword("OR")) children.Add(ParseAnd());
        return children.Count == 1 ? children[0] : new OrNode(children);
    }

    private QueryNode ParseAnd()
    {
        var children = new List<QueryNode>();
        var pendingText = new StringBuilder();
        var explicitAnd = false;
        while (true)
        {
            SkipSpace();
            if (AtEnd || Peek() == ')' || AtKeyword("OR")) break;
            if (TryKeyword("AND"))
            {
                if (children.Count == 0 && pendingText.Length == 0) throw Error("AND needs something before it");
                explicitAnd = true;
                continue;
            }
            var start = _pos;
            var node = ParseUnary();
            if (node is TextNode word && !explicitAnd)
            {
                if (pendingText.Length > 0) pendingText.Append(' ');
                pendingText.Append(word.Text);
            }
            else
            {
                FlushText(children, pendingText);
                if (node is TextNode t) pendingText.Append(t.Text); else children.Add(node);
            }
            explicitAnd = false;
            if (_pos == start) throw Error($"unexpected '{Peek()}'");
        }
        if (explicitAnd) throw Error("AND needs something after it");
        FlushText(children, pendingText);
        if (children.Count == 0) throw Error(AtEnd ? "expected a term" : $"expected a term before '{Peek()}'");
        return children.Count == 1 ? children[0] : new AndNode(children);
    }

    private static void FlushText(List<QueryNode> children, StringBuilder pending)
    {
        if (pending.Length == 0) return;
        children.Add(new TextNode(pending.ToString()));
        pending.Clear();
    }

    private QueryNode ParseUnary()
    {
        SkipSpace();
        if (TryKeyword("NOT")) return new NotNode(Operand("NOT"));
        if (Peek() == '-' && _pos + 1 < _text.Length && !char.IsWhiteSpace(_text[_pos + 1]))
        {
            _pos++;
            return new NotNode(Operand("-"));
        }
        return ParsePrimary();
    }

    private QueryNode Operand(string after)
    {
        SkipSpace();
        if (AtEnd || Peek() == ')' || AtKeyword("OR") || AtKeyword("AND")) throw Error($"{after} needs a term after it");
        return ParseUnary();
    }

    private QueryNode ParsePrimary()
    {
        var c = Peek();
        if (c == '(')
        {
            var open = _pos++;
            if (++_depth > MaxDepth) throw Error($"more than {MaxDepth} nested parentheses");
            var inner = ParseOr();
            SkipSpace();
            if (AtEnd || Peek() != ')') throw Error($"missing ')' for the '(' at position {open + 1}");
            _pos++;
            _depth--;
            return inner;
        }
        if (c == '"') return new PhraseNode(ReadQuoted());
        var word = ReadWord();
        if (word.Length == 0) throw Error($"unexpected '{c}'");
        var colon = word.IndexOf(':');
        if (colon > 0 && IsFieldName(word.AsSpan(0, colon)))
        {
            var field = word[..colon].ToLowerInvariant();
            if (!QuerySyntax.Fields.Contains(field))
                throw Error($"unknown field '{field}' (known: {string.Join(", ", QuerySyntax.Fields)})");
            _pos -= word.Length - colon - 1;
            return ParseFieldValue(field);
        }
        if (word == "*") return new AllNode();
        return new TextNode(word);
    }

    private QueryNode ParseFieldValue(string field)
    {
        if (AtEnd || char.IsWhiteSpace(Peek())) throw Error($"field '{field}' needs a value");
        var c = Peek();
        if (c == '"') return Checked(new FieldNode(field, ReadQuoted()));
        if (c is '[' or '{') return ParseRange(field);
        if (c == '>' || c == '<')
        {
            var greater = c == '>';
            _pos++;
            var inclusive = !AtEnd && Peek() == '=';
            if (inclusive) _pos++;
            var bound = ReadWord();
            if (bound.Length == 0) throw Error($"field '{field}' needs a number after '{c}'");
            return RangeOnly(field, greater ? new RangeNode(field, bound, null, inclusive, true) : new RangeNode(field, null, bound, true, inclusive));
        }
        var value = ReadWord();
        if (value.Length == 0) throw Error($"field '{field}' needs a value");
        return Checked(new FieldNode(field, value));
    }

    private static FieldNode Checked(FieldNode node) => node;

    private QueryNode ParseRange(string field)
    {
        var open = _pos;
        var includeLower = _text[_pos++] == '[';
        var close = _text.IndexOfAny([']', '}'], _pos);
        if (close < 0) throw Error($"range for '{field}' opened at position {open + 1} is not closed with ']' or '}}'");
        var inner = _text[_pos..close];
        var includeUpper = _text[close] == ']';
        _pos = close + 1;
        var parts = inner.Split(" TO ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw Error($"range for '{field}' must look like [LOW TO HIGH] (use * for an open end)");
        return RangeOnly(field, new RangeNode(field, parts[0] == "*" ? null : parts[0], parts[1] == "*" ? null : parts[1], includeLower, includeUpper));
    }

    private RangeNode RangeOnly(string field, RangeNode node)
    {
        if (!QuerySyntax.RangeFields.Contains(field))
            throw Error($"ranges work on {string.Join(", ", QuerySyntax.RangeFields)}, not on '{field}'");
        return node;
    }

    private string ReadQuoted()
    {
        var open = _pos++;
        var close = _text.IndexOf('"', _pos);
        if (close < 0) throw Error($"the quote at position {open + 1} is not closed");
        var value = _text[_pos..close].Trim();
        _pos = close + 1;
        if (value.Length == 0) throw Error($"empty quotes at position {open + 1}");
        return value;
    }

    private string ReadWord()
    {
        var start = _pos;
        while (!AtEnd && !char.IsWhiteSpace(Peek()) && Peek() is not ('(' or ')' or '"')) _pos++;
        return _text[start.._pos];
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        if (!AtKeyword(keyword)) return false;
        _pos += keyword.Length;
        return true;
    }

    private bool AtKeyword(string keyword)
    {
        if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) != 0) return false;
        var end = _pos + keyword.Length;
        return end == _text.Length || char.IsWhiteSpace(_text[end]) || _text[end] is '(' or '"' or '-';
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek())) _pos++;
    }

    private bool AtEnd => _pos >= _text.Length;
    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private QuerySyntaxException Error(string message) => new($"Query error at position {_pos + 1}: {message}.");

    private sealed class QuerySyntaxException(string message) : Exception(message);
}
