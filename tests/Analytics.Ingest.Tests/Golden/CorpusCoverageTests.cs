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

    [Fact]
    public void The_windows_line_ending_sample_keeps_its_carriage_returns()
    {
        // th-huong-tra.txt tests CRLF and hard-wrapped lines; corpus/.gitattributes keeps git from converting it.
        var text = File.ReadAllText(GoldenCorpus.DocumentPath("th-huong-tra.txt"));
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
        Assert.All(text.Split("\r\n"), line => Assert.True(line.Length <= 76, line));
    }
}
