using System.Text.RegularExpressions;
using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;

namespace Analytics.Analysis.Tests.Reports;

/// <summary>The summary of real corpus reports (the hand-written expected records, whole and filtered)
/// reads as an analyst's prose: Vietnamese only, lists heaviest first, numbers with what they count.</summary>
public sealed partial class ReportNarrativeTests
{
    public static TheoryData<string> Filters => ["", "level:tieu-hoc", "province:\"Hải Phòng\"", "gap:thu-vien"];

    private static (IReadOnlyList<string> Summary, AnalysisResult Analysis) Run(string filter)
    {
        var records = TestData.Records(TestData.AllRecordFiles()).ToList();
        var (report, input) = ReportPipeline.Run(records, new ReportRequest { AsOf = new DateOnly(2025, 6, 1), GapSource = GapSource.Record, Filter = filter.Length == 0 ? null : filter });
        return (report.Summary, input.Analysis);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_summary_has_no_english_or_statistical_jargon(string filter)
    {
        var text = string.Join("\n", Run(filter).Summary);

        Assert.DoesNotMatch(Jargon(), text);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_most_frequent_gaps_are_named_heaviest_first_with_their_share_of_the_schools(string filter)
    {
        var (summary, analysis) = Run(filter);
        var ranked = analysis.Gaps.Where(g => g.Schools > 0).OrderByDescending(g => g.Schools).ThenBy(g => GapCategories.IndexOf(g.Category)).Take(3).ToList();
        if (ranked.Count == 0) return;
        var paragraph = Assert.Single(summary, p => p.StartsWith("Thiếu hụt được nêu nhiều nhất", StringComparison.Ordinal));

        var positions = ranked.Select(g => paragraph.IndexOf(GapCategories.DisplayName(g.Category).ToLowerInvariant(), StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"{ranked[0].Schools} trên {analysis.Scope.Schools} trường ({VietnameseNumbers.Percent(ranked[0].Share)})", paragraph);
    }

    [Fact]
    public void The_costliest_gap_is_set_against_the_whole_budget_and_its_rank_by_schools()
    {
        var (summary, analysis) = Run("");
        var costly = analysis.Gaps.OrderByDescending(g => g.TotalBudget).First();
        var paragraph = Assert.Single(summary, p => p.StartsWith("Về kinh phí", StringComparison.Ordinal));

        Assert.Contains(GapCategories.DisplayName(costly.Category).ToLowerInvariant(), paragraph);
        Assert.Contains($"bằng {VietnameseNumbers.Percent((double)costly.TotalBudget / analysis.Scope.TotalBudget)} tổng kinh phí dự kiến", paragraph);
        Assert.Matches("đứng thứ \\d+|nhiều trường nêu nhất", paragraph);
    }

    [Fact]
    public void No_two_paragraphs_open_with_the_same_words()
    {
        var openings = Run("").Summary.Select(p => string.Join(' ', p.Split(' ').Take(2))).ToList();

        Assert.Equal(openings.Count, openings.Distinct().Count());
    }

    [GeneratedRegex(@"\b(?:macro|F1|L-BFGS|median|item|items|gap|gaps|budget|null|NaN|lượt|trung vị)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Jargon();
}
