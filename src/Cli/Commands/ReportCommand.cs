using System.CommandLine;
using System.Globalization;
using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Filtering;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Cli.Commands;

/// <summary>`plans report`: the cross-school analysis as DOCX, XLSX, HTML or Markdown.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var format = new Option<string?>("--format") { Description = "docx | pdf | xlsx | html | md (default: from --out's extension, else md)" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("--out") { Description = "Output file (default: Markdown summary on the terminal)" };
        var filter = new Option<string?>("--filter") { Description = "Search query scoping the report, e.g. province:\"Hải Phòng\" level:thpt" };
        var asOf = new Option<string?>("--as-of") { Description = "Date for overdue items, yyyy-MM-dd (default: today)" };
        var gaps = new Option<string>("--gaps") { Description = "policy | record | classify: where item categories come from (policy: the record's and the search facet's rule; record: recorded only; classify: the trained classifier)", DefaultValueFactory = _ => "policy" };
        gaps.AcceptOnlyFromAmong("policy", "record", "classify");
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Choose the gap classifier by 5-fold cross-validation now (slower)" };
        var issuer = new Option<string?>("--issuer") { Description = "Issuing body in the DOCX/PDF heading, e.g. \"SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG\"" };
        var place = new Option<string?>("--place") { Description = "Place before the date in the DOCX/PDF heading, e.g. \"Hải Phòng\"" };
        var command = new Command("report", "Cross-school report: facility gaps, budgets, timelines, criteria, weakness themes, data quality")
        {
            format, output, filter, asOf, gaps, crossValidate, issuer, place,
        };
        command.SetAction(parseResult =>
        {
            var outPath = parseResult.GetValue(output);
            var chosen = parseResult.GetValue(format) ?? FormatFromExtension(outPath) ?? "md";
            if (chosen is "docx" or "pdf" or "xlsx" && outPath is null)
                return Fail($"--format {chosen} writes a binary file: give --out FILE.");
            var date = DateOnly.FromDateTime(DateTime.Today);
            if (parseResult.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                return Fail($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");

            var query = parseResult.GetValue(filter);
            var request = new ReportRequest
            {
                AsOf = date,
                Filter = query,
                CrossValidate = parseResult.GetValue(crossValidate),
                GapSource = parseResult.GetValue(gaps) switch { "record" => GapSource.Record, "classify" => GapSource.Classifier, _ => GapSource.Policy },
            };
            // The classifier trains while the records load.
            var training = ReportPipeline.StartClassifier(request);
            var data = CommonOptions.ResolveData(parseResult);
            var store = new RecordStore(data);
            var sources = store.All().ToList();
            var selected = ReportScope.Select(data, sources, query);
            if (!selected.IsSuccess) return Fail(selected.Error!);
            if (selected.Value.Count == 0)
                return Fail(sources.Count == 0 ? $"No plans in {data}: run `plans ingest` first." : "No plan matches --filter.");

            var (report, _) = ReportPipeline.Run(selected.Value, request, training);
            var letterhead = ReportLetterhead.For(date, parseResult.GetValue(issuer), parseResult.GetValue(place));
            var writer = ReportWriters.For(chosen, new ReportWriterOptions { Letterhead = letterhead });
            if (outPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                writer.Write(report, stdout);
                return 0;
            }
            var temporary = outPath + ".tmp";
            try
            {
                using (var file = File.Create(temporary)) writer.Write(report, file);
            }
            catch (ReportWriteException e)
            {
                File.Delete(temporary);
                return Fail(e.Message);
            }
            File.Move(temporary, outPath, overwrite: true);
            Console.Error.WriteLine($"Report written: {outPath} ({selected.Value.Count} plans)");
            return 0;
        });
        return command;
    }


    private static string? FormatFromExtension(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".docx" => "docx",
        ".pdf" => "pdf",
        ".xlsx" => "xlsx",
        ".html" or ".htm" => "html",
        ".md" => "md",
        _ => null,
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"plans report: {message}");
        return 1;
    }
}
