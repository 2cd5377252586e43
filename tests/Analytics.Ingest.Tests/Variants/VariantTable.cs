using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>One column of a variant's plan table: the field it holds, its header, and the merged header over it
/// and its neighbour when the header takes two rows.</summary>
public sealed record VariantColumn(VariantField Field, string Label, string? GroupTop = null);

/// <summary>A body row: one cell per column, or one text across the table (a standard or criterion heading);
/// <see cref="ContinuesCriterion"/>: the criterion cell is the one above, merged down (blank in plain text).</summary>
public sealed record VariantRow(IReadOnlyList<string> Cells, bool FullWidth = false, bool ContinuesCriterion = false);

public sealed record VariantTable(IReadOnlyList<VariantColumn> Columns, IReadOnlyList<VariantRow> Rows)
{
    public bool HasGroupedHeader => Columns.Any(c => c.GroupTop is not null);
}

/// <summary>A generated plan: the lines before and after its table, the table, and the record a reader should
/// make of it (the source's hand-written record transformed like the table, never the parser's output).</summary>
public sealed record VariantDocument(string Id, bool HeldOut, PlanRecord Expected, IReadOnlyList<string> Head, VariantTable Table, IReadOnlyList<string> Foot, string Recipe)
{
    /// <summary>Written as prose: each heading row a line, each item row its labelled lines (<see cref="VariantProse"/>).</summary>
    public bool Prose { get; init; }

    /// <summary>Written in a structure of its own rather than as one plan table (<see cref="VariantStructure"/>); null for the table and prose variants.</summary>
    public VariantStructure? Structure { get; init; }

    /// <summary>The part of the harness it is reported in: "tables", "prose", "structures" or "round-11 structures".</summary>
    public string Kind => Structure >= VariantStructure.BudgetBreakdown ? "round-11 structures" : Structure is not null ? "structures" : Prose ? "prose" : "tables";
}
