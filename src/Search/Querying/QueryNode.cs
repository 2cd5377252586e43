namespace Analytics.Search.Querying;

/// <summary>The parsed form of a search query, before it meets the index.</summary>
public abstract record QueryNode;

/// <summary>Free words typed side by side; analysed together so syllable bigrams apply.</summary>
public sealed record TextNode(string Text) : QueryNode;

/// <summary>A quoted phrase: the syllables in order.</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary>field:value (value quoted or not).</summary>
public sealed record FieldNode(string Field, string Value) : QueryNode;

/// <summary>field:[lower TO upper] or field:{…}; null bound = open ("*").</summary>
public sealed record RangeNode(string Field, string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper) : QueryNode;

/// <summary>Every child must match (negated children must not).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

public sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>"*": every document.</summary>
public sealed record AllNode : QueryNode;
