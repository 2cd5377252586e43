namespace CorpusBuilder;

/// <summary>One sample document as described in corpus/sources/*.md.</summary>
internal sealed record SourceSpec(string Name, string? Header, string? Footer, bool Pdf, bool Landscape, IReadOnlyList<Block> Blocks);

internal abstract record Block;

internal enum ParagraphKind { Body, Title, Heading, DateLine, Numbered, Bulleted }

/// <summary>A paragraph; <paramref name="ListRun"/> tells consecutive list items apart from the next list,
/// so each numbered list restarts at 1.</summary>
internal sealed record ParagraphBlock(string Text, ParagraphKind Kind, int ListRun = 0) : Block;

/// <summary>A table as a grid of cell texts: "^" continues the cell above, "&lt;" the cell to the left.</summary>
internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows, int HeaderRows, bool Borderless, IReadOnlyList<int>? Widths) : Block;
