namespace Analytics.Ingest.Parsing;

/// <summary>A plan whose items are split over two tables: the first holds the work, a later one keyed by the
/// same row numbers ("STT (theo mục III)") or criteria ("Dự toán kinh phí": Tiêu chí | Kinh phí | Nguồn) holds the
/// lead, time or money. The later table's rows are joined to the items they name instead of being items.</summary>
internal static class ComplementTables
{
    private static readonly ColumnRole[] Joined = [ColumnRole.Lead, ColumnRole.Timeline, ColumnRole.Budget, ColumnRole.Funding];

    /// <summary>Joins <paramref name="rows"/> to <paramref name="items"/> when every row names exactly one item and
    /// brings only fields that item lacks; false (nothing joined) otherwise.</summary>
    public static bool Join(List<RawItem> items, List<RawItem> rows)
    {
        if (rows.Count == 0 || items.Count == 0) return false;
        var pairs = rows.Select(r => (Row: r, Item: ItemOf(items, r))).ToList();
        if (pairs.Any(p => p.Item is null || !Brings(p.Row, p.Item)) || pairs.Select(p => p.Item).Distinct().Count() < pairs.Count) return false;
        foreach (var (row, item) in pairs) Copy(row, item!);
        return true;
    }

    private static RawItem? ItemOf(List<RawItem> items, RawItem row)
    {
        var named = row.Reference?.Code is { } code ? items.Where(i => i.Reference?.Code == code).ToList()
            : row.RowNumber is { } number ? items.Where(i => i.RowNumber == number).ToList() : [];
        return named.Count == 1 ? named[0] : null;
    }

    private static bool Brings(RawItem row, RawItem? item) =>
        item is not null && Joined.Any(r => row.Pieces(r).Count > 0) && Joined.All(r => row.Pieces(r).Count == 0 || item.Pieces(r).Count == 0);

    private static void Copy(RawItem row, RawItem item)
    {
        foreach (var role in Joined)
            foreach (var piece in row.Pieces(role)) item.Add(role, piece);
        if (row.Pieces(ColumnRole.Budget).Count > 0) item.BudgetHeader = row.BudgetHeader;
        item.HasFundingColumn |= row.HasFundingColumn;
    }
}
