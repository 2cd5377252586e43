using System.CommandLine;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;

namespace Analytics.Cli.Commands;

/// <summary>`plans correct SOURCE FIELD VALUE [--plan N] [--by NAME]`: sets one field of a stored plan by
/// hand. The correction is kept in DATA/corrections (who, when, the value replaced), laid over the record
/// now and after every re-ingest of the source, and reaches the search index at once.</summary>
internal static class CorrectCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "The source name as stored (as `plans review` prints it)" };
        var field = new Argument<string>("FIELD") { Description = $"{string.Join(", ", FieldPath.PlanFields)} or items[N].{string.Join("|", FieldPath.ItemFields)}" };
        var value = new Argument<string>("VALUE") { Description = "The correct value (\"\" clears the field)" };
        var plan = new Option<int>("--plan") { Description = "Which plan of the source, from 1 (default 1)", DefaultValueFactory = _ => 1 };
        var by = new Option<string>("--by") { Description = "Who corrects (default: the user name)" };
        var wait = WriterLockCommand.WaitOption();
        var command = new Command("correct", "Correct one field of a stored plan by hand (kept across re-ingest)") { source, field, value, plan, by, wait };
        command.SetAction(parseResult =>
        {
            var store = new RecordStore(CommonOptions.ResolveData(parseResult));
            using var writer = WriterLockCommand.Take(store.DataDirectory, "correct", parseResult.GetValue(wait));
            if (writer is null) return ExitCodes.Busy;
            var who = parseResult.GetValue(by) is { Length: > 0 } name ? name : Environment.UserName;
            var path = parseResult.GetValue(field)!;
            var result = CorrectionDesk.Correct(store, parseResult.GetValue(source)!, parseResult.GetValue(plan), path, parseResult.GetValue(value), who, DateTimeOffset.UtcNow);
            if (!result.IsSuccess)
            {
                Console.Error.WriteLine($"plans correct: {result.Error}");
                return ExitCodes.Usage;
            }
            var correction = result.Value.Corrections.Last(c => c.Field == FieldPath.Parse(path).Value.ToString());
            var now = CorrectableFields.Read(result.Value, FieldPath.Parse(path).Value);
            Console.WriteLine($"Corrected {result.Value.Source} plan {correction.Plan} {correction.Field}: \"{correction.Original}\" → \"{now}\" by {correction.By} at {correction.At:yyyy-MM-dd HH:mm} UTC");
            Console.WriteLine($"Search index: {IndexHook.AfterStore(store)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
