using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>What the row rules of one improvement table share: the table and its layout, the item being
/// filled, the items closed so far, and the standard the rows above named.</summary>
internal sealed class TableRowState(TableBlock table, TableLayout layout, string? level, int? standard, RawItem? continuing, WarningSink warnings)
{
    public TableBlock Table { get; } = table;
    public TableLayout Layout { get; } = layout;
    public string? Level { get; } = level;
    public WarningSink Warnings { get; } = warnings;
    public List<RawItem> Items { get; } = [];
    public List<int> KeyColumns { get; } = RowKeys.KeyColumns(layout);

    /// <summary>The last item of the previous table when this one continues it on a new page: rows with empty
    /// key cells at the top still belong to it, and it is listed already.</summary>
    public RawItem? Continuing { get; } = continuing;
    public RawItem? Current { get; private set; } = continuing;
    public int? Standard { get; set; } = standard;

    /// <summary>The criterion named above the rows by a heading ("Tiêu chí 3.4: …" over a table that has no
    /// criterion column, or a full-width criterion row): the criterion of rows that name none.</summary>
    public CriterionReference? Heading { get; set; }

    /// <summary>Per column, the text of the last cell merged down over several rows.</summary>
    public Dictionary<int, string> MergedOrigins { get; } = [];

    /// <summary>Whether the row being read opened its item (merged cells above then belong to it too).</summary>
    public bool RowOpenedItem { get; set; }

    public void Close()
    {
        if (Current is not null && !ReferenceEquals(Current, Continuing) && (Current.HasContent || Current.Reference is not null)) Items.Add(Current);
        Current = null;
    }

    public void Open(RawItem item)
    {
        Close();
        Current = item;
    }

    /// <summary>A new item under the same criterion as the current one (a second action of a merged criterion cell).</summary>
    public void OpenSibling(string? rowNumber)
    {
        var parent = Current!;
        var sibling = new RawItem(parent.Standard, parent.Reference, rowNumber, Table.Provenance) { BudgetHeader = parent.BudgetHeader, HasFundingColumn = parent.HasFundingColumn };
        sibling.ReplaceName(parent.CriterionName);
        Open(sibling);
    }
}
