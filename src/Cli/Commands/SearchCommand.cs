using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analytics.Ingest.Records;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Cli.Commands;

/// <summary>`plans search QUERY [--facets] [--top N] [--json] [--by-plan]`.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        // The words typed after `search` are one query: `plans search thu vien` as `plans search "thu vien"`.
        var query = new Argument<string[]>("query") { Description = QuerySyntax.Help, Arity = ArgumentArity.OneOrMore };
        var facets = new Option<bool>("--facets") { Description = "Count hits by province, district, level, standard, criterion, gap, funding, year" };
        var top = new Option<int>("--top") { Description = "How many hits (plans with --by-plan), at least 1", DefaultValueFactory = _ => 10 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--top must be at least 1.");
        });
        var json = new Option<bool>("--json") { Description = "Write the response as JSON" };
        var byPlan = new Option<bool>("--by-plan") { Description = "Group the matching items by plan" };
        var command = new Command("search", "Search every indexed plan") { query, facets, top, json, byPlan };
        command.SetAction(parseResult =>
        {
            var data = CommonOptions.ResolveData(parseResult);
            var opened = PlanSearcher.Open(data);
            if (!opened.IsSuccess)
            {
                Console.Error.WriteLine($"plans search: {MissingIndex.Advice(data)}");
                return 1;
            }
            using var index = opened.Value;
            if (index.IsOldFormat)
                Console.Error.WriteLine($"warning: the search index was written by an older version of plans (index format {index.Format}, this version writes {IndexFormat.Current}); run `plans index --rebuild` (or `plans index`) to rewrite it with every field.");
            if (index.IsBehind(CommonOptions.ResolveData(parseResult)))
                Console.Error.WriteLine("warning: the search index is behind the record store (an ingest or index run was stopped or is still running): recent plans may be missing; run `plans index`.");
            var wanted = parseResult.GetValue(top);
            var grouped = parseResult.GetValue(byPlan);
            var request = new SearchRequest(string.Join(' ', parseResult.GetValue(query)!))
            {
                Top = grouped ? wanted * PlanGroups.ItemsPerPlanFetched : wanted,
                Facets = parseResult.GetValue(facets),
            };
            var outcome = index.Search(request);
            if (!outcome.IsSuccess)
            {
                Console.Error.WriteLine(outcome.Error);
                return 2;
            }
            var response = outcome.Response!;
            var groups = grouped ? PlanGroups.Of(response.Hits).Take(wanted).ToList() : null;
            if (parseResult.GetValue(json)) WriteJson(response, groups);
            else SearchOutput.Write(response, groups);
            return 0;
        });
        return command;
    }

    private static void WriteJson(SearchResponse response, IReadOnlyList<PlanGroup>? groups)
    {
        object shape = groups is null
            ? new { response.TotalHits, Hits = response.Hits.Select(JsonHit), response.Facets }
            : new { response.TotalHits, Plans = groups.Select(g => new { g.PlanId, g.School, g.Source, Items = g.Items.Select(JsonHit) }), response.Facets };
        Console.WriteLine(JsonSerializer.Serialize(shape, RecordJson.Indented));
    }

    private static object JsonHit(SearchHit hit) => new
    {
        hit.Id, hit.PlanId, hit.Source, hit.School, hit.Criterion, hit.CriterionName, hit.Budget, hit.BudgetVnd,
        hit.Timeline, hit.Funding, Score = Math.Round(hit.Score, 4).ToString(CultureInfo.InvariantCulture),
        Snippet = hit.Snippet.Render("«", "»"),
    };
}
