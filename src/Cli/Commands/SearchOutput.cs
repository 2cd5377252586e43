using System.Globalization;
using Analytics.Search.Querying;

namespace Analytics.Cli.Commands;

/// <summary>Plain-text rendering of search results for the terminal.</summary>
internal static class SearchOutput
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(SearchResponse response, IReadOnlyList<PlanGroup>? groups)
    {
        Console.WriteLine($"{response.TotalHits} matching items");
        if (groups is null)
        {
            var rank = 0;
            foreach (var hit in response.Hits) WriteHit(++rank + ". ", hit);
        }
        else
        {
            var rank = 0;
            foreach (var group in groups)
            {
                Console.WriteLine();
                Console.WriteLine($"{++rank}. {group.School ?? "(trường không rõ)"} — {group.Source} ({group.Items.Count} items)");
                foreach (var hit in group.Items) WriteHit("   - ", hit, withSchool: false);
            }
        }
        foreach (var facet in response.Facets)
        {
            Console.WriteLine();
            Console.WriteLine($"{facet.Facet} ({facet.DistinctValues} values):");
            foreach (var value in facet.Values) Console.WriteLine($"  {value.Count,7}  {value.Label}");
        }
    }

    private static void WriteHit(string prefix, SearchHit hit, bool withSchool = true)
    {
        Console.WriteLine();
        var criterion = hit.Criterion is null ? "" : $"Tiêu chí {hit.Criterion}" + (hit.CriterionName is null ? "" : $" {hit.CriterionName}");
        Console.WriteLine(prefix + string.Join(" — ", new[] { withSchool ? hit.School : null, criterion }.Where(s => !string.IsNullOrEmpty(s))));
        Console.WriteLine($"     {hit.Snippet.Render("«", "»")}");
        var budget = hit.BudgetVnd is { } vnd ? vnd.ToString("N0", Vietnamese) + " đ" : hit.Budget ?? "—";
        Console.WriteLine($"     Kinh phí: {budget}   Nguồn kinh phí: {hit.Funding ?? "—"}   Thời gian: {hit.Timeline ?? "—"}   Tệp: {hit.Source}");
        if (HitPlace.Of(hit) is { } place) Console.WriteLine($"     Địa bàn: {place}");
    }
}
