using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>One body row as the rules see it. Its key (criterion, row number, loose key text) is read on first
/// use, after the rules that set a row aside without reading it (blank, total, heading rows).</summary>
internal sealed class TableRowContext(TableRow row, TableRowState state)
{
    private RowKey? _key;
    private bool? _opens;

    public TableRow Row { get; } = row;
    public TableRowState State { get; } = state;
    public RowKey Key => _key ??= RowKeys.Read(Row, State);

    /// <summary>Whether the row starts a new item by its key: it names a criterion, carries a new row number,
    /// or there is no item yet. Judged once, against the item current before any rule acts on the row.</summary>
    public bool Opens => _opens ??= Key.Reference is not null
                                    || (Key.Number is not null && Key.Number != State.Current?.RowNumber)
                                    || State.Current is null;
}

/// <summary>What identifies a row: the criterion (or standard) it names, its row number, the key text that is
/// no reference (a criterion name cut by a page break), and how many content cells it fills.</summary>
internal sealed record RowKey(CriterionReference? Reference, string? KeyText, string? Number, int FilledContent);
