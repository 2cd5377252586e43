using System.Text;
using System.Text.RegularExpressions;
using Analytics.Ingest.Records;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Checks the hand-made expected records against the contract's vocabulary and against each other,
/// so a typo in a label or a month fails here instead of silently lowering the parser's score.</summary>
public sealed partial class CorpusIntegrityTests
{
    internal static readonly HashSet<string> s_levels = ["mam-non", "tieu-hoc", "thcs", "thpt", "lien-cap"];
    private static readonly HashSet<string> s_results = ["khong-dat", "muc-1", "muc-2", "muc-3", "muc-4"];
    private static readonly HashSet<string> s_regulations = ["17/2018/TT-BGDĐT", "18/2018/TT-BGDĐT", "19/2018/TT-BGDĐT"];

    internal static HashSet<string> GapCategories() =>
        File.ReadLines(Path.Combine(RepoPaths.Corpus, "labels", "gap-categories.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t')[0])
            .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in GoldenCorpus.ExpectedFiles()) data.Add(Path.GetFileName(path));
        return data;
    }

    [Fact]
    public void Every_corpus_document_has_an_expected_record_beside_it()
    {
        var orphans = Directory.EnumerateFiles(GoldenCorpus.Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(GoldenCorpus.ExpectedSuffix, StringComparison.Ordinal) && name != "README.md" && !name.StartsWith('.'))
            .Where(name => !File.Exists(GoldenCorpus.ExpectedPath(name)))
            .ToList();
        Assert.True(orphans.Count == 0, "documents without expected records: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Expected_record_names_its_document_and_follows_the_contract(string expectedFile)
    {
        var stem = expectedFile[..^GoldenCorpus.ExpectedSuffix.Length];
        var document = GoldenCorpus.Documents().SingleOrDefault(d => Path.GetFileNameWithoutExtension(d) == stem);
        Assert.True(document is not null, $"no document named {stem}.* beside {expectedFile}");

        var json = File.ReadAllText(Path.Combine(GoldenCorpus.Folder, expectedFile));
        Assert.True(json.IsNormalized(NormalizationForm.FormC), $"{expectedFile} is not NFC");
        var expected = ExpectedOutcome.Parse(json);
        var problems = expected.Plans.SelectMany((plan, i) => Problems(plan, document!).Select(p => $"[{i}] {p}")).ToList();
        Assert.True(problems.Count == 0, $"{expectedFile}:\n  " + string.Join("\n  ", problems));
    }

    private static IEnumerable<string> Problems(PlanRecord plan, string document)
    {
        var gaps = GapCategories();
        if (plan.Source != document) yield return $"source {plan.Source} is not {document}";
        if (plan.School.Level is { } level && !s_levels.Contains(level)) yield return $"level {level}";
        if (plan.School.Province is not null && plan.School.ProvinceCurrent is null) yield return "provinceCurrent missing";
        if (plan.Regulation is { } regulation && !s_regulations.Contains(regulation)) yield return $"regulation {regulation}";
        if (plan.Document.Date is { } date && !IsoDate().IsMatch(date)) yield return $"date {date}";
        if (plan.Document.PeriodStart > plan.Document.PeriodEnd) yield return "period start after end";
        foreach (var a in plan.Assessments)
            if (!s_results.Contains(a.Result)) yield return $"assessment {a.Criterion} result {a.Result}";
        foreach (var item in plan.Items)
        {
            var at = $"item {item.Criterion ?? $"S{item.Standard}"}";
            if (item.Criterion is { } c && (!CriterionPattern().IsMatch(c) || c.Split('.')[0] != item.Standard?.ToString()))
                yield return $"{at}: criterion does not belong to standard {item.Standard}";
            if (item.Timeline is { } t)
            {
                if (t.Start is { } s && !Month().IsMatch(s)) yield return $"{at}: start {s}";
                if (t.End is { } e && !Month().IsMatch(e)) yield return $"{at}: end {e}";
                if (t.Start is not null && t.End is not null && string.CompareOrdinal(t.Start, t.End) > 0) yield return $"{at}: start after end";
            }
            if (item.Budget is { Vnd: null }) yield return $"{at}: budget without amount must be null";
            if (item.Budget is { Vnd: <= 0 }) yield return $"{at}: non-positive budget";
            foreach (var g in item.Gaps.Where(g => !gaps.Contains(g))) yield return $"{at}: unknown gap {g}";
            foreach (var g in item.Gaps.Where(g => !plan.Gaps.Contains(g))) yield return $"{at}: gap {g} missing from the plan's gaps";
        }
        foreach (var g in plan.Gaps.Where(g => !gaps.Contains(g))) yield return $"unknown plan gap {g}";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^\d\.\d{1,2}$")]
    private static partial Regex CriterionPattern();
}
