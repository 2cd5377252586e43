using System.Globalization;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Review;

/// <summary>Finds the fields of a record a person should check before trusting it: cells OCR was unsure of,
/// text the repair stages restored, budgets and timelines written but not read, criteria whose written name
/// is another criterion's (or whose number is not in the regulation's list). A flag is resolved once a person
/// has corrected its field (for restored text, any field of the plan: the analyst has read it).</summary>
public static class ReviewFlags
{
    public static IReadOnlyList<ReviewFlag> Of(PlanRecord record, int plan)
    {
        var flags = new List<ReviewFlag>();
        ReviewFlag Flag(FieldPath? field, ReviewReason reason, string? value, string? detail) =>
            new(record.Id, record.Source, plan, record.School.Name, field, reason, value, detail, IsResolved(record, field));

        if (record.Repairs.Count > 0)
            flags.Add(Flag(null, ReviewReason.RestoredText, null, record.Repairs.Count.ToString(CultureInfo.InvariantCulture)));
        for (var i = 0; i < record.Items.Count; i++)
        {
            var item = record.Items[i];
            var n = i + 1;
            foreach (var name in DoubtfulOcrFields(record, item))
                flags.Add(Flag(FieldPath.ForItem(n, name), ReviewReason.LowOcrConfidence, CorrectableFields.Read(record, FieldPath.ForItem(n, name)), item.Confidence!.Value.ToString("P0", CultureInfo.InvariantCulture)));
            if (AmountUnread(record, item) is { } budgetText)
                flags.Add(Flag(FieldPath.ForItem(n, "budget"), ReviewReason.UnreadAmount, budgetText, null));
            if (item.Timeline is { Start: null, End: null } timeline && !string.IsNullOrWhiteSpace(timeline.Text))
                flags.Add(Flag(FieldPath.ForItem(n, "timeline"), ReviewReason.UnreadDate, timeline.Text, null));
            if (CriterionDisagreement(record.School.Level ?? record.Regulation, item) is { } expected)
                flags.Add(Flag(FieldPath.ForItem(n, "criterionName"), ReviewReason.CriterionNameMismatch, item.CriterionName, expected));
        }
        return flags;
    }

    /// <summary>Every flag of every plan of the given records, in the order given.</summary>
    public static IReadOnlyList<ReviewFlag> Of(IEnumerable<PlanRecord> records) =>
        records.SelectMany(r => Of(r, PlanNumber(r))).ToList();

    /// <summary>The plan's position in its source, from 1 (ids end in "#index", counted from 0).</summary>
    public static int PlanNumber(PlanRecord record) =>
        int.TryParse(record.Id[(record.Id.LastIndexOf('#') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index + 1 : 1;

    private static bool IsResolved(PlanRecord record, FieldPath? field) =>
        field is null ? record.Corrections.Count > 0 : record.Corrections.Any(c => c.Field == field.ToString());

    /// <summary>The fields OCR warned about for this item (its warnings start with the item's criterion);
    /// the target when the item is doubtful but no warning names it.</summary>
    private static IEnumerable<string> DoubtfulOcrFields(PlanRecord record, PlanItem item)
    {
        if (item.Confidence is not { } confidence || confidence >= OcrOptions.DefaultLowConfidence) return [];
        var named = item.Criterion is null
            ? []
            : record.Warnings
                .Where(w => w.Field.StartsWith("items.", StringComparison.Ordinal) && w.Message.StartsWith(item.Criterion + ": read from a scanned", StringComparison.Ordinal))
                .Select(w => w.Field["items.".Length..])
                .Where(FieldPath.ItemFields.Contains)
                .Distinct()
                .ToList();
        return named.Count > 0 ? named : ["target"];
    }

    /// <summary>The budget text when an amount is written but none was read: a budget with digits and no
    /// amount, or no budget where the parser said it understood no amount in the cell.</summary>
    private static string? AmountUnread(PlanRecord record, PlanItem item)
    {
        if (item.Budget is { Vnd: null } budget && budget.Text.Any(char.IsDigit)) return budget.Text;
        if (item.Budget is not null || item.Criterion is null) return null;
        var warning = record.Warnings.FirstOrDefault(w => w.Field == "items.budget" && w.Message.StartsWith(item.Criterion + ": no amount understood", StringComparison.Ordinal));
        return warning is null ? null : QuotedIn(warning.Message);
    }

    private static string? QuotedIn(string message)
    {
        var open = message.IndexOf('"');
        var close = message.LastIndexOf('"');
        return open >= 0 && close > open ? message[(open + 1)..close] : message;
    }

    /// <summary>The regulation's code and name when the item's written name belongs to another criterion,
    /// or "not in the list" when the number is not one of the regulation's criteria.</summary>
    private static string? CriterionDisagreement(string? level, PlanItem item)
    {
        if (level is null || item.Criterion is null || CriteriaCatalogue.For(level).Count == 0) return null;
        var listed = CriteriaCatalogue.Find(level, item.Criterion);
        if (listed is null) return "∉ " + (CriteriaCatalogue.RegulationFor(level) ?? level);
        if (string.IsNullOrWhiteSpace(item.CriterionName)) return null;
        var match = CriteriaCatalogue.MatchByName(level, item.CriterionName);
        return match is not null && match.Criterion.Code != item.Criterion ? $"{listed.Code} {listed.Name}" : null;
    }
}
