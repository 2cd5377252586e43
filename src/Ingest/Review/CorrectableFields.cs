using System.Globalization;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Review;

/// <summary>Reads and sets the correctable fields of a record. A budget or timeline set by hand is read by
/// the same normalisers as a parsed one, so the amount and months follow the text the analyst typed.</summary>
public static class CorrectableFields
{
    public static string? Read(PlanRecord record, FieldPath path)
    {
        if (path.Item is { } n) return n <= record.Items.Count ? ReadItem(record.Items[n - 1], path.Name) : null;
        return path.Name switch
        {
            "school.name" => record.School.Name,
            "school.level" => record.School.Level,
            "school.province" => record.School.Province,
            "school.district" => record.School.District,
            "school.commune" => record.School.Commune,
            "document.number" => record.Document.Number,
            "document.date" => record.Document.Date,
            "document.title" => record.Document.Title,
            _ => null,
        };
    }

    /// <summary>The record with the field set (an empty value clears it), or why it cannot be set.</summary>
    public static Result<PlanRecord> Write(PlanRecord record, FieldPath path, string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (path.Item is { } n)
        {
            if (n > record.Items.Count) return Result<PlanRecord>.Failure($"the plan has {record.Items.Count} items, not {n}");
            var items = record.Items.ToArray();
            items[n - 1] = WriteItem(items[n - 1], path.Name, text, record.Document);
            return record with { Items = items };
        }
        return WritePlan(record, path.Name, text);
    }

    private static string? ReadItem(PlanItem item, string name) => name switch
    {
        "criterion" => item.Criterion,
        "criterionName" => item.CriterionName,
        "target" => item.Target,
        "actions" => item.Actions,
        "lead" => item.Lead,
        "timeline" => item.Timeline?.Text,
        "budget" => item.Budget?.Text,
        "funding" => item.Funding,
        _ => null,
    };

    private static PlanItem WriteItem(PlanItem item, string name, string? text, DocumentInfo document) => name switch
    {
        "criterion" => item with { Criterion = text, Standard = StandardOf(text) ?? item.Standard },
        "criterionName" => item with { CriterionName = text },
        "target" => item with { Target = text },
        "actions" => item with { Actions = text },
        "lead" => item with { Lead = text },
        "timeline" => item with { Timeline = text is null ? null : TimelineParser.Parse(text, document.PeriodStart, document.PeriodEnd) ?? new Timeline(text, null, null) },
        "budget" => item with { Budget = text is null ? null : MoneyParser.ParseBudget(text) ?? new Budget(text, null) },
        "funding" => item with { Funding = text },
        _ => item,
    };

    private static Result<PlanRecord> WritePlan(PlanRecord record, string name, string? text)
    {
        switch (name)
        {
            case "school.province":
                return record with { School = record.School with { Province = text, ProvinceCurrent = text is null ? null : ProvinceMap.Current(text) ?? text } };
            case "document.date" when text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return Result<PlanRecord>.Failure($"\"{text}\" is not a date written yyyy-MM-dd");
            case "school.level" when text is not null && !SchoolLevels.All.Contains(text):
                return Result<PlanRecord>.Failure($"\"{text}\" is not a level ({string.Join(", ", SchoolLevels.All)})");
        }
        return name switch
        {
            "school.name" => record with { School = record.School with { Name = text } },
            "school.level" => record with { School = record.School with { Level = text } },
            "school.district" => record with { School = record.School with { District = text } },
            "school.commune" => record with { School = record.School with { Commune = text } },
            "document.number" => record with { Document = record.Document with { Number = text } },
            "document.date" => record with { Document = record.Document with { Date = text } },
            "document.title" => record with { Document = record.Document with { Title = text } },
            _ => Result<PlanRecord>.Failure($"unknown field \"{name}\""),
        };
    }

    private static int? StandardOf(string? code)
    {
        var dot = code?.IndexOf('.') ?? -1;
        return dot > 0 && int.TryParse(code![..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var standard) ? standard : null;
    }
}
