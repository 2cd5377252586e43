using Analytics.Analysis.Pipeline;
using Analytics.Ingest;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Facets;
using Analytics.Search.Querying;
using Analytics.Testing;
using Xunit.Abstractions;

namespace Analytics.Search.Tests;

/// <summary>The search index's gap facet and the report's default gap table follow one gap policy
/// (<see cref="ItemGapPolicy"/>), so over the same plans they give the same numbers: items per category
/// and plans per category.</summary>
public sealed class GapPolicyAgreementTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => new() { "parsed", "expected" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Gap_facet_counts_equal_the_report_gap_counts_over_the_corpus(string set)
    {
        var sources = set == "parsed" ? Parsed() : ExpectedRecords.Sources(RepoPaths.Corpus, ExpectedFiles());
        var records = sources.SelectMany(s => s.Records).ToList();
        Assert.True(records.Count >= 10, $"only {records.Count} plans");
        using var index = new MemoryIndex(sources);
        var (_, input) = ReportPipeline.Run(records, new ReportRequest { AsOf = new DateOnly(2025, 6, 1), FindThemes = false });

        var itemFacet = GapFacet(index, SearchScope.Items);
        var planFacet = GapFacet(index, SearchScope.Plans);
        foreach (var gap in input.Analysis.Gaps)
        {
            var plans = input.Plans.Count(p => p.PlanGaps.Contains(gap.Category));
            output.WriteLine($"{gap.Category,-18} items {gap.Items,4} (facet {itemFacet.GetValueOrDefault(gap.Category),4}); plans {plans,3} (facet {planFacet.GetValueOrDefault(gap.Category),3}); schools {gap.Schools,3}");
            Assert.Equal(gap.Items, itemFacet.GetValueOrDefault(gap.Category));
            Assert.Equal(plans, planFacet.GetValueOrDefault(gap.Category));
        }
        Assert.Contains(input.Analysis.Gaps, g => g.Items > 0);
    }

    [Fact]
    public void An_item_takes_no_gap_from_its_plan_and_an_unrecorded_item_is_classified_by_its_own_text()
    {
        var training = Records.Item("1.4", "Tổ chuyên môn", "Nâng cao năng lực giáo viên", "Tổ chức bồi dưỡng chuyên môn hằng tháng");
        var building = Records.Item("3.2", "Phòng học", "Đủ phòng học cho 2 lớp mới", "Xây mới 02 phòng học");
        var sources = new[]
        {
            // The plan's own gap came from a weakness; none of its items is about classrooms.
            Records.Source("a.docx", "h-a", Records.Plan("a#0", "a.docx", "Trường Tiểu học A", "tieu-hoc", "Hải Phòng", "Lê Chân", 2024, [training], "phong-hoc")),
            // Stored with no item gaps (an older lexicon, or a corrected text): the policy classifies the item's text.
            Records.Source("b.docx", "h-b", Records.Plan("b#0", "b.docx", "Trường Tiểu học B", "tieu-hoc", "Hải Phòng", "Lê Chân", 2024, [building])),
        };
        Assert.Empty(ItemGapPolicy.Of(training));
        Assert.Contains("phong-hoc", ItemGapPolicy.Of(building));

        using var index = new MemoryIndex(sources);
        var (_, input) = ReportPipeline.Run([.. sources.SelectMany(s => s.Records)], new ReportRequest { AsOf = new DateOnly(2025, 6, 1), FindThemes = false });
        var classrooms = input.Analysis.Gaps.Single(g => g.Category == "phong-hoc");

        Assert.Equal(1, classrooms.Items);
        Assert.Equal(1, GapFacet(index, SearchScope.Items).GetValueOrDefault("phong-hoc"));
        Assert.Equal("b#0/0", Assert.Single(index.Search("gap:phong-hoc", top: 5).Hits).Id);
        Assert.Equal(2, classrooms.Schools);
        Assert.Equal(2, GapFacet(index, SearchScope.Plans).GetValueOrDefault("phong-hoc"));
    }

    private static Dictionary<string, int> GapFacet(MemoryIndex index, SearchScope scope)
    {
        var outcome = index.Index.Search(new SearchRequest("*") { Top = 1, Facets = true, FacetTop = 50, Scope = scope });
        Assert.True(outcome.IsSuccess, outcome.Error);
        return outcome.Response!.Facets.Single(f => f.Facet == FacetCatalog.Gap).Values.ToDictionary(v => v.Label, v => v.Count);
    }

    /// <summary>The corpus's Word and text documents through the default ingest pipeline (scans and PDFs
    /// left out: OCR takes minutes here and adds nothing to the gap rule).</summary>
    private static IReadOnlyList<StoredSource> Parsed()
    {
        var pipeline = DefaultPipeline.Create();
        return Directory.GetFiles(RepoPaths.Corpus)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => pipeline.Ingest(SourceFile.FromPath(f)))
            .Where(o => o.IsSuccess && o.Records.Count > 0)
            .Select(o => new StoredSource(o.Source, o.ContentHash, DateTimeOffset.UnixEpoch, o.Records))
            .ToList();
    }

    private static IEnumerable<string> ExpectedFiles() =>
        Directory.GetFiles(RepoPaths.Corpus, "*.expected.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
