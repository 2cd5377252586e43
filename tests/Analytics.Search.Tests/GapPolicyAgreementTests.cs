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
