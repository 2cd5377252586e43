using System.CommandLine;
using System.Text.Json;
using Analytics.Ingest.Records;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>`plans review [--all] [--json]`: the fields of the stored plans that need a person's look
/// (low OCR confidence, restored text, amounts and dates not read, criterion names that disagree with the
/// regulation), one line each with the `plans correct` arguments that address it.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Also list the corrections made (who, when, the value replaced)" };
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var command = new Command("review", "List the fields that need review before the data is trusted") { all, json };
        command.SetAction(parseResult =>
        {
            var data = CommonOptions.ResolveData(parseResult);
            if (!Directory.Exists(data))
            {
                Console.Error.WriteLine($"plans review: no data folder at {data}; run `plans ingest` first");
                return ExitCodes.SomeFailed;
            }
            var store = new RecordStore(data);
            var records = store.AllRecords().ToList();
            var flags = ReviewFlags.Of(records);
            var shown = parseResult.GetValue(all) ? flags : flags.Where(f => !f.Resolved).ToList();
            if (parseResult.GetValue(json))
                foreach (var flag in shown) Console.WriteLine(JsonSerializer.Serialize(Json(flag), RecordJson.Options));
            else
                Print(shown, ReviewSummary.Of(flags));
            if (parseResult.GetValue(all) && !parseResult.GetValue(json))
                foreach (var record in records)
                    foreach (var correction in record.Corrections)
                        Console.WriteLine($"corrected: {record.Source} --plan {correction.Plan} {CorrectionWording.Line(correction)}");
            DamagedRecords.Report("review", store);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IReadOnlyList<ReviewFlag> flags, ReviewSummary summary)
    {
        Console.WriteLine(ReviewLine.Of(summary));
        foreach (var flag in flags)
        {
            var field = flag.Field?.ToString() ?? "(whole plan)";
            var value = flag.Value is null ? "" : $" \"{OneLine(flag.Value)}\"";
            var detail = flag.Detail is null ? "" : $" [{flag.Detail}]";
            var state = flag.Resolved ? "corrected: " : "";
            Console.WriteLine($"{state}{flag.Source} --plan {flag.Plan} {field}: {ReviewReasonNames.English(flag.Reason)}{detail}{value}");
        }
    }

    private static object Json(ReviewFlag flag) => new
    {
        source = flag.Source,
        plan = flag.Plan,
        planId = flag.PlanId,
        school = flag.School,
        field = flag.Field?.ToString(),
        reason = flag.Reason.ToString(),
        value = flag.Value,
        detail = flag.Detail,
        resolved = flag.Resolved,
    };

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 80 ? line : line[..79] + "…";
    }
}
