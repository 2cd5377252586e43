using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Records;

/// <summary>Records as CSV for spreadsheets: one row per improvement item, the plan's columns repeated
/// on each of its rows (a plan without items still gets one row); the last column lists the analysts' corrections of
/// the row's item and of its plan, with who made them and when. RFC 4180: comma-separated, CRLF
/// line ends, fields with commas, quotes or line breaks quoted, quotes doubled. Write it as UTF-8 with
/// a BOM so Excel shows Vietnamese correctly. Text that starts with = + - @ gets a leading space, or
/// Excel would take "- Sửa chữa phòng học" for a formula.</summary>
public static class RecordCsv
{
    public static readonly string[] Header =
    [
        "source", "plan_id", "school_name", "school_level", "province", "district",
        "document_number", "document_date", "title", "period_start", "period_end", "regulation",
        "standard", "criterion", "criterion_name", "target", "actions", "lead",
        "timeline_text", "timeline_start", "timeline_end", "budget_text", "budget_vnd", "funding",
        "item_gaps", "plan_gaps", "weaknesses", "corrections",
    ];

    /// <summary>UTF-8 with a byte-order mark (Excel reads BOM-less CSV in the legacy code page).</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void Write(TextWriter writer, IEnumerable<PlanRecord> records)
    {
        WriteRow(writer, Header);
        foreach (var record in records)
        {
            var items = record.Items.Count > 0 ? record.Items.Cast<PlanItem?>() : [default(PlanItem)];
            var number = 0;
            foreach (var item in items) WriteRow(writer, Row(record, item, item is null ? null : ++number));
        }
    }

    private static string?[] Row(PlanRecord plan, PlanItem? item, int? itemNumber) =>
    [
        plan.Source, plan.Id, plan.School.Name, plan.School.Level, plan.School.Province, plan.School.District,
        plan.Document.Number, plan.Document.Date, plan.Document.Title, Number(plan.Document.PeriodStart), Number(plan.Document.PeriodEnd), plan.Regulation,
        Number(item?.Standard), item?.Criterion, item?.CriterionName, item?.Target, item?.Actions, item?.Lead,
        item?.Timeline?.Text, item?.Timeline?.Start, item?.Timeline?.End, item?.Budget?.Text, Number(item?.Budget?.Vnd), item?.Funding,
        item is null ? null : string.Join(';', item.Gaps), string.Join(';', plan.Gaps), string.Join(" | ", plan.Weaknesses),
        string.Join(" | ", Review.CorrectionWording.ForItem(plan, itemNumber).Select(Review.CorrectionWording.Line)),
    ];

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Field(fields[i]));
        }
        writer.Write("\r\n");
    }

    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = " " + value;
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
