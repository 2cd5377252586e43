using System.Globalization;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Benchmarks.Search;

/// <summary>Generates plans by recombining corpus pieces: each item borrows a real item's criterion, gaps,
/// lead, funding and timeline, and mixes target/action clauses from across the corpus; schools get
/// invented names in the corpus's provinces and districts. Seeded, so runs are comparable.
/// About 10 items per plan (6–14).</summary>
internal sealed class PlanGenerator(CorpusVocabulary vocabulary, int seed = 2024)
{
    private readonly Random _random = new(seed);

    public IEnumerable<StoredSource> Sources(int plans)
    {
        for (var i = 0; i < plans; i++)
        {
            var source = "gen/" + i.ToString("D6", CultureInfo.InvariantCulture) + ".docx";
            yield return new StoredSource(source, "g1", DateTimeOffset.UnixEpoch, [Plan(source)]);
        }
    }

    private PlanRecord Plan(string source)
    {
        var school = Pick(vocabulary.Schools);
        var year = _random.Next(2019, 2027);
        var items = Enumerable.Range(0, _random.Next(6, 15)).Select(_ => Item()).ToList();
        return new PlanRecord
        {
            Source = source,
            School = school with { Name = "Trường " + LevelWord(school.Level) + " " + Pick(vocabulary.NameWords) + " " + Pick(vocabulary.NameWords) },
            Document = new DocumentInfo { Title = $"Kế hoạch cải tiến chất lượng giáo dục năm học {year}-{year + 1}", PeriodStart = year, PeriodEnd = year + 1 },
            Items = items,
            Gaps = items.SelectMany(i => i.Gaps).Distinct().ToList(),
        };
    }

    private PlanItem Item()
    {
        var template = Pick(vocabulary.Items);
        var vnd = _random.Next(4) == 0 ? (long?)null : _random.NextInt64(1, 600) * 10_000_000L;
        return template with
        {
            Target = string.Join("; ", Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(vocabulary.TargetClauses))),
            Actions = string.Join("; ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(vocabulary.ActionClauses))),
            Budget = vnd is null ? null : new Budget(vnd.Value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " đồng", vnd),
        };
    }

    private static string LevelWord(string? level) => level switch
    {
        "mam-non" => "Mầm non", "tieu-hoc" => "Tiểu học", "thcs" => "THCS", "thpt" => "THPT", _ => "TH&THCS",
    };

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];
}
