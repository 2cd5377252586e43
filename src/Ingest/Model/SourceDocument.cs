using Analytics.Ingest.Records;

namespace Analytics.Ingest.Model;

/// <summary>The format-neutral document every reader produces and the plan parser reads.</summary>
/// <param name="Source">The file name as ingested (path relative to the ingest root when known).</param>
/// <param name="Format">What the content sniffer decided: "docx", "pdf", "text", "image"…</param>
/// <param name="Blocks">Body blocks in reading order.</param>
/// <param name="Furniture">Page headers and footers, kept apart from the body.</param>
/// <param name="Warnings">What the reader noticed but could recover from.</param>
public sealed record SourceDocument(
    string Source,
    string Format,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<Block> Furniture,
    IReadOnlyList<string> Warnings)
{
    /// <summary>What the text repair stage changed (original and repaired text, where); empty when nothing.
    /// The parser copies these into each record's <see cref="PlanRecord.Repairs"/>.</summary>
    public IReadOnlyList<TextRepairNote> Repairs { get; init; } = [];

    public static SourceDocument Create(string source, string format, IReadOnlyList<Block> blocks) =>
        new(source, format, blocks, [], []);
}
