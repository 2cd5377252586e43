using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>Reads the body rows of an improvement table through an ordered list of row rules sharing one
/// <see cref="TableRowState"/>: for each row the first rule that recognises it either sets it aside or chooses
/// the item its cells go to.</summary>
internal sealed class TableRowPipeline(IReadOnlyList<ITableRowRule> rules)
{
    /// <summary>The rules of every improvement table, in the order they are tried.</summary>
    public static TableRowPipeline Default { get; } = new TableRowPipeline(new PipelineBuilder<ITableRowRule>()
        .Use(new BlankRowRule())
        .Use(new RepeatedHeaderRowRule())
        .Use(new ColumnNumberRowRule())
        .Use(new TotalRowRule())
        .Use(new GroupHeadingRowRule())
        .Use(new StandardRowRule())
        .Use(new CriterionHeadingRowRule())
        .Use(new NumberedCriterionRowRule())
        .Use(new SubItemRowRule())
        .Use(new MergedCriterionRowRule())
        .Use(new OpeningRowRule())
        .Use(new ContinuationRowRule())
        .Build());

    public IReadOnlyList<ITableRowRule> Rules { get; } = rules;

    public List<RawItem> Read(TableRowState state)
    {
        foreach (var row in state.Table.Rows.Skip(state.Layout.HeaderRows))
        {
            foreach (var cell in row.Cells.Where(c => c.RowSpan > 1 && !c.IsMergedContinuation)) state.MergedOrigins[cell.Column] = cell.Text;
            var context = new TableRowContext(row, state);
            if (Rules.Select(r => r.Apply(context)).FirstOrDefault(o => o != RowOutcome.NotMine) == RowOutcome.ItemChosen)
                RowCellReader.Read(context);
        }
        state.Close();
        if (state.Items.Count == 0 && state.Continuing is null)
            state.Warnings.Add("items", "an improvement table has no rows with content", state.Table.Provenance);
        return state.Items;
    }
}
