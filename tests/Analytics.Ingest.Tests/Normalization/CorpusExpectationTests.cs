using System.Text.Json;
using Analytics.Ingest.Normalization;
using Analytics.Testing;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>The normalisers against the hand-made expected records of corpus/ (written from the documents
/// and the contract, never from this code): every timeline, budget, school level and province there.</summary>
public sealed class CorpusExpectationTests(ITestOutputHelper output)
{
    private static IEnumerable<(string File, JsonElement Record)> Records()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Corpus, "*.expected.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement.Clone();
            var records = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            foreach (var record in records) yield return (Path.GetFileName(path), record);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static IEnumerable<JsonElement> Items(JsonElement record) =>
        record.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    public static IEnumerable<object[]> Timelines() =>
        Records().SelectMany(r => Items(r.Record)
            .Where(i => i.TryGetProperty("timeline", out var t) && t.ValueKind == JsonValueKind.Object)
            .Select(i => i.GetProperty("timeline"))
            .Select(t => new object[]
            {
                r.File, Str(t, "text")!, Int(r.Record.GetProperty("document"), "periodStart")!, Int(r.Record.GetProperty("document"), "periodEnd")!,
                Str(t, "start")!, Str(t, "end")!, Str(r.Record.GetProperty("document"), "date")?[..7]!,
            }));

    public static IEnumerable<object[]> Budgets() =>
        Records().SelectMany(r => Items(r.Record)
            .Where(i => i.TryGetProperty("budget", out var b) && b.ValueKind == JsonValueKind.Object)
            .Select(i => i.GetProperty("budget"))
            .Select(b => new object[] { r.File, Str(b, "text")!, b.GetProperty("vnd").GetInt64() }));

    public static IEnumerable<object[]> Schools() =>
        Records().Where(r => r.Record.TryGetProperty("school", out var s) && Str(s, "name") is not null)
            .Select(r => r.Record.GetProperty("school"))
            .Select(s => new object[] { Str(s, "name")!, Str(s, "level")!, Str(s, "province")!, Str(s, "provinceCurrent")! })
            .Distinct(new RowComparer());

    [Theory]
    [MemberData(nameof(Timelines))]
    public void Corpus_timeline_is_read_as_expected(string file, string text, int? periodStart, int? periodEnd, string? start, string? end, string? issued)
    {
        var timeline = TimelineParser.Parse(text, periodStart, periodEnd, issued);
        Assert.True((start, end) == (timeline?.Start, timeline?.End), $"{file}: '{text}' → {timeline?.Start}..{timeline?.End}, expected {start}..{end}");
        Assert.Equal(text, timeline?.Text);
    }

    /// <summary>Documents whose budget column header gives the unit of its bare numbers (as written there).</summary>
    private static readonly Dictionary<string, string> BudgetHeaders = new(StringComparer.Ordinal)
    {
        ["thcs-an-ninh-dong.expected.json"] = "Kinh phí dự kiến (triệu đồng)",
        ["lc-th-thcs-truong-long-a.expected.json"] = "Kinh phí (nghìn đồng)",
        ["thcs-luong-quoi.expected.json"] = "Kinh phí (đồng)",
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Corpus_budget_is_read_as_expected(string file, string text, long vnd)
    {
        var header = BudgetHeaders.GetValueOrDefault(file);
        var budget = MoneyParser.ParseDetailed(text, new MoneyOptions(header is null ? null : MoneyParser.UnitFromHeader(header))).Budget;
        Assert.True(budget?.Vnd == vnd, $"{file}: '{text}' → {budget?.Vnd}, expected {vnd}");
        Assert.Equal(text, budget?.Text);
    }

    [Theory]
    [MemberData(nameof(Schools))]
    public void Corpus_school_level_and_province_names_are_read_as_expected(string name, string level, string province, string current)
    {
        Assert.Equal(level, SchoolLevels.Detect(name));
        Assert.Equal(province, ProvinceMap.Canonical(province));
        Assert.Equal(current, ProvinceMap.Current(province));
    }

    /// <summary>Measures (and reports) how the lexicon's per-item gaps agree with the hand labels; the
    /// floor only guards against a regression, the figures go to the report.</summary>
    [Fact]
    public void Gap_lexicon_agrees_with_hand_labelled_items()
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0, items = 0;
        foreach (var (file, record) in Records())
        {
            foreach (var item in Items(record))
            {
                if (!item.TryGetProperty("gaps", out var labels) || labels.ValueKind != JsonValueKind.Array) continue;
                items++;
                var expected = labels.EnumerateArray().Select(l => l.GetString()!).ToHashSet();
                var text = string.Join(". ", new[] { Str(item, "target"), Str(item, "actions") }.Where(t => t is not null));
                var found = GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems).ToHashSet();
                truePositive += found.Count(expected.Contains);
                falsePositive += found.Count(f => !expected.Contains(f));
                falseNegative += expected.Count(e => !found.Contains(e));
                if (!found.SetEquals(expected))
                    output.WriteLine($"{file} {Str(item, "criterion")}: found [{string.Join(",", found.Order())}] expected [{string.Join(",", expected.Order())}] ← {text}");
            }
        }
        var precision = truePositive / (double)Math.Max(1, truePositive + falsePositive);
        var recall = truePositive / (double)Math.Max(1, truePositive + falseNegative);
        output.WriteLine($"items {items}: precision {precision:P1}, recall {recall:P1} (tp {truePositive}, fp {falsePositive}, fn {falseNegative})");
        Assert.True(items > 0);
        Assert.InRange(precision, 0.75, 1.0);
        Assert.InRange(recall, 0.85, 1.0);
    }

    /// <summary>Plan-level gaps: the weaknesses read as reports, the items as planned work.</summary>
    [Fact]
    public void Gap_lexicon_agrees_with_hand_labelled_plans()
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0, plans = 0;
        foreach (var (file, record) in Records())
        {
            if (!record.TryGetProperty("gaps", out var labels) || labels.ValueKind != JsonValueKind.Array) continue;
            plans++;
            var expected = labels.EnumerateArray().Select(l => l.GetString()!).ToHashSet();
            var found = new HashSet<string>();
            if (record.TryGetProperty("weaknesses", out var weaknesses) && weaknesses.ValueKind == JsonValueKind.Array)
                foreach (var weakness in weaknesses.EnumerateArray())
                    found.UnionWith(GapLexicon.Classify(weakness.GetString() ?? ""));
            foreach (var item in Items(record))
                found.UnionWith(GapLexicon.Classify(string.Join(". ", new[] { Str(item, "target"), Str(item, "actions") }.Where(t => t is not null)), GapLexiconOptions.ForPlanItems));
            truePositive += found.Count(expected.Contains);
            falsePositive += found.Count(f => !expected.Contains(f));
            falseNegative += expected.Count(e => !found.Contains(e));
            if (!found.SetEquals(expected))
                output.WriteLine($"{file}: found [{string.Join(",", found.Order())}] expected [{string.Join(",", expected.Order())}]");
        }
        var precision = truePositive / (double)Math.Max(1, truePositive + falsePositive);
        var recall = truePositive / (double)Math.Max(1, truePositive + falseNegative);
        output.WriteLine($"plans {plans}: precision {precision:P1}, recall {recall:P1} (tp {truePositive}, fp {falsePositive}, fn {falseNegative})");
        Assert.True(plans > 0);
        Assert.InRange(precision, 0.7, 1.0);
        Assert.InRange(recall, 0.8, 1.0);
    }

    private sealed class RowComparer : IEqualityComparer<object[]>
    {
        public bool Equals(object[]? x, object[]? y) => x is not null && y is not null && x.SequenceEqual(y);
        public int GetHashCode(object[] row) => row.Aggregate(17, (h, o) => h * 31 + (o?.GetHashCode() ?? 0));
    }
}
