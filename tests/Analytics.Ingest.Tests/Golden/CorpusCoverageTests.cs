namespace Analytics.Ingest.Tests.Golden;

/// <summary>The corpus as a whole covers what the genre throws at the product.</summary>
public sealed class CorpusCoverageTests
{
    [Fact]
    public void Corpus_covers_every_level_gap_category_and_format()
    {
        var plans = GoldenCorpus.ExpectedFiles().SelectMany(f => ExpectedOutcome.Load(f).Plans).ToList();
        Assert.True(plans.Count >= 14, $"only {plans.Count} plans");
        Assert.Empty(CorpusIntegrityTests.s_levels.Except(plans.Select(p => p.School.Level ?? "")));
        Assert.Empty(CorpusIntegrityTests.GapCategories().Except(plans.SelectMany(p => p.Items).SelectMany(i => i.Gaps)));
        var formats = GoldenCorpus.Documents().Select(Path.GetExtension).ToHashSet();
        Assert.Superset(new HashSet<string?> { ".txt", ".docx", ".pdf" }, formats);
        Assert.Contains(GoldenCorpus.ExpectedFiles(), f => ExpectedOutcome.Load(f).Error is not null);
    }
}
