using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>The table rewriters, applied in the order the builder writes: each takes the table the previous
/// one left.</summary>
internal sealed class TableRewriters(IReadOnlyList<ITableRewriter> rewriters)
{
    public static TableRewriters Default { get; } = new TableRewriters(new PipelineBuilder<ITableRewriter>()
        .Use(new CaptionRowRewriter())
        .Use(new SpannedHeaderRewriter())
        .Use(new TransposedTableRewriter())
        .Use(new HorizontalResultsRewriter())
        .Use(new FieldTableRewriter())
        .Use(new HeaderlessLabelledRewriter())
        .Use(new LabelledCellRewriter())
        .Build());

    public IReadOnlyList<ITableRewriter> Rewriters { get; } = rewriters;

    public TableBlock Canonical(TableBlock table) => Rewriters.Aggregate(table, (grid, rewriter) => rewriter.Rewrite(grid));
}

/// <summary>A plan table laid on its side (a column per criterion, a row per field) stood upright.</summary>
internal sealed class TransposedTableRewriter : ITableRewriter
{
    public TableBlock Rewrite(TableBlock table) => TransposedTables.Upright(table);
}
