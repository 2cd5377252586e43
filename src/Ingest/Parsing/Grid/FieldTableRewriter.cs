using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>One small two-column table per item, its rows the item's fields ("Tiêu chí | 1.4. Tổ chuyên môn …",
/// "Mục tiêu | …", "Nhiệm vụ, giải pháp | …", "Thời gian thực hiện | …", "Kinh phí dự kiến | …"), the criterion
/// written in one of its rows: the table becomes a grid of one header row (the labels) over one item row (the
/// values). Field tables that leave the criterion to a heading above them stay key/value tables, read with
/// the heading as prose.</summary>
internal sealed class FieldTableRewriter : ITableRewriter
{
    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 3 || table.ColumnCount != 2 || table.Rows.Any(r => r.Cells.Count == 1)) return table;
        var fields = table.Rows.Select(r => (Label: r.CellAt(0)?.Text.Trim().TrimEnd(':').Trim() ?? "", Value: r.CellAt(1)?.Text.Trim() ?? ""))
            .Where(f => f.Label.Length > 0).ToList();
        if (!(KeyValueTables.IsKeyValue(table) && fields.Any(NamesCriterion)) && !IsItemForm(fields)) return table;
        var header = new TableRow([.. fields.Select((f, c) => new TableCell(c, f.Label))]);
        var values = new TableRow([.. fields.Select((f, c) => new TableCell(c, f.Value))]);
        return new TableBlock([header, values], table.Provenance);
    }

    /// <summary>A criterion row with any value (a name, "TC 3 - tiêu chí 1") over rows of the item's other fields,
    /// nearly all labelled in known words (one label the vocabulary lacks, such as "Yêu cầu đạt được", is read
    /// by its content): one item's form, whose criterion the row rules resolve.</summary>
    private static bool IsItemForm(List<(string Label, string Value)> fields)
    {
        var known = fields.Count(f => HeaderVocabulary.RoleOf(f.Label) is ColumnRole.Target or ColumnRole.Actions or ColumnRole.Lead or ColumnRole.Timeline or ColumnRole.Budget or ColumnRole.Funding);
        return fields.Count(f => HeaderVocabulary.RoleOf(f.Label) == ColumnRole.Criterion && f.Value.Length > 0) == 1
               && known >= 2 && (known + 1) * 4 >= fields.Count * 3;
    }

    /// <summary>"Tiêu chí | 3.6. Thư viện": a criterion label with a criterion written as its value.</summary>
    private static bool NamesCriterion((string Label, string Value) field) =>
        HeaderVocabulary.RoleOf(field.Label) == ColumnRole.Criterion
        && CriterionReferences.Parse(field.Value, bare: true) is { IsStandardOnly: false };
}
