using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>The golden comparer on tiny hand-made records: it must find real differences and forgive
/// only the ones its rules say are not errors.</summary>
public sealed class ComparerTests
{
    private static PlanItem Item(string criterion, long? vnd = 350_000_000, string start = "2023-06", string end = "2023-08") => new()
    {
        Standard = int.Parse(criterion.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture),
        Criterion = criterion,
        CriterionName = "Khuôn viên, sân chơi, sân tập",
        Target = "Đoạn tường rào phía tây dài 65 m được xây lại chắc chắn; cổng trường được thay mới.",
        Actions = "Lập tờ trình đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí",
        Lead = "Hiệu trưởng",
        Timeline = new Timeline("Hè 2023", start, end),
        Budget = vnd is null ? null : new Budget("350 triệu đồng", vnd),
        Funding = "Ngân sách huyện",
        Gaps = ["tuong-rao-cong", "sua-chua"],
    };

    private static PlanRecord Plan(params PlanItem[] items) => new()
    {
        Source = "a.txt",
        School = new SchoolInfo { Name = "Trường Tiểu học Bình Trung", Level = "tieu-hoc", Province = "Quảng Nam", District = "Thăng Bình", ProvinceCurrent = "Đà Nẵng" },
        Document = new DocumentInfo { Number = "112/KH-THBT", Date = "2022-09-20", Title = "Kế hoạch cải tiến chất lượng giáo dục năm học 2022-2023", PeriodStart = 2022, PeriodEnd = 2023 },
        Regulation = "17/2018/TT-BGDĐT",
        Assessments = [new Assessment("3.6", "muc-1", "Thư viện chưa đạt chuẩn")],
        Items = items,
        Weaknesses = ["Tường rào phía tây điểm trường chính bị sụt lún, cổng trường hư hỏng."],
        Gaps = ["tuong-rao-cong", "sua-chua"],
    };

    private static IReadOnlyList<FieldCheck> Diff(PlanRecord expected, PlanRecord actual) =>
        RecordComparer.Compare(expected, actual).Where(c => !c.Ok).ToList();

    [Fact]
    public void Identical_records_have_no_differences()
    {
        var plan = Plan(Item("3.1"), Item("3.2"));
        var checks = RecordComparer.Compare(plan, plan);
        Assert.All(checks, c => Assert.True(c.Ok, c.ToString()));
        Assert.Contains(checks, c => c.Field == "items.budget.vnd");
    }

    [Fact]
    public void Different_budget_amount_is_reported_with_the_item_path()
    {
        var diff = Assert.Single(Diff(Plan(Item("3.1")), Plan(Item("3.1", vnd: 35_000_000))));
        Assert.Equal("items.budget.vnd", diff.Field);
        Assert.Equal("items[3.1#1].budget.vnd", diff.Path);
        Assert.Equal("350000000", diff.Expected);
        Assert.Equal("35000000", diff.Actual);
    }

    [Fact]
    public void Items_pair_by_criterion_whatever_their_order()
    {
        Assert.Empty(Diff(Plan(Item("3.1"), Item("3.2"), Item("3.6")), Plan(Item("3.6"), Item("3.1"), Item("3.2"))));
    }

    [Fact]
    public void Items_of_one_criterion_pair_in_order()
    {
        var expected = Plan(Item("3.1", start: "2023-06"), Item("3.1", start: "2024-06", end: "2024-08"));
        var swapped = Plan(Item("3.1", start: "2024-06", end: "2024-08"), Item("3.1", start: "2023-06"));
        var fields = Diff(expected, swapped).Select(d => d.Path).ToList();
        Assert.Contains("items[3.1#1].timeline.start", fields);
        Assert.Contains("items[3.1#2].timeline.start", fields);
    }

    [Fact]
    public void Missing_item_fails_every_field_even_those_expected_null()
    {
        var expected = Plan(Item("3.1"), Item("3.2", vnd: null));
        var diffs = Diff(expected, Plan(Item("3.1")));
        Assert.Contains(diffs, d => d.Path == "items[3.2#1].present");
        Assert.Contains(diffs, d => d.Path == "items[3.2#1].budget.vnd" && d.Expected is null);
    }

    [Fact]
    public void Extra_item_is_reported()
    {
        var diff = Assert.Single(Diff(Plan(Item("3.1")), Plan(Item("3.1"), Item("3.5"))));
        Assert.Equal("items (extra)", diff.Field);
    }

    [Fact]
    public void Titles_differing_only_in_case_dashes_and_colons_match()
    {
        var expected = Plan() with { Document = Plan().Document with { Title = "Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025" } };
        var actual = Plan() with { Document = Plan().Document with { Title = "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC Năm học: 2024 – 2025" } };
        Assert.Empty(Diff(expected, actual));
    }

    [Fact]
    public void Missing_accents_are_a_difference()
    {
        var actual = Plan() with { School = Plan().School with { Name = "Truong Tieu hoc Binh Trung" } };
        Assert.Equal("school.name", Assert.Single(Diff(Plan(), actual)).Field);
    }

    [Fact]
    public void Province_prefix_is_ignored_but_a_different_province_is_not()
    {
        var prefixed = Plan() with { School = Plan().School with { Province = "Tỉnh Quảng Nam", ProvinceCurrent = "Thành phố Đà Nẵng" } };
        Assert.Empty(Diff(Plan(), prefixed));
        var other = Plan() with { School = Plan().School with { ProvinceCurrent = "Quảng Ngãi" } };
        Assert.Equal("school.provinceCurrent", Assert.Single(Diff(Plan(), other)).Field);
    }

    [Fact]
    public void Document_number_spacing_is_ignored()
    {
        var spaced = Plan() with { Document = Plan().Document with { Number = "112 /KH- THBT" } };
        Assert.Empty(Diff(Plan(), spaced));
    }

    [Fact]
    public void Long_text_with_small_changes_matches_but_a_different_text_does_not()
    {
        var close = Item("3.1") with { Target = "Đoạn tường rào phía tây dài 65 m được xây lại chắc chắn, cổng trường được thay mới" };
        Assert.Empty(Diff(Plan(Item("3.1")), Plan(close)));
        var other = Item("3.1") with { Target = "Bổ sung 20 máy tính cho phòng Tin học" };
        Assert.Equal("items.target", Assert.Single(Diff(Plan(Item("3.1")), Plan(other))).Field);
    }

    [Fact]
    public void Weakness_matches_by_overlap_and_unrelated_sentences_are_extra()
    {
        var reworded = Plan() with { Weaknesses = ["Tường rào phía tây bị sụt lún, cổng trường hư hỏng"] };
        Assert.Empty(Diff(Plan(), reworded));

        var unrelated = Plan() with { Weaknesses = ["Thư viện chưa đạt chuẩn."] };
        var fields = Diff(Plan(), unrelated).Select(d => d.Field).ToList();
        Assert.Equal(["weaknesses", "weaknesses (extra)"], fields);
    }

    [Fact]
    public void Gap_sets_ignore_order_but_not_members()
    {
        var reordered = Plan() with { Gaps = ["sua-chua", "tuong-rao-cong"] };
        Assert.Empty(Diff(Plan(), reordered));
        var fewer = Plan() with { Gaps = ["sua-chua"] };
        Assert.Equal("gaps", Assert.Single(Diff(Plan(), fewer)).Field);
    }

    [Fact]
    public void Assessment_result_and_note_are_compared_by_criterion()
    {
        var wrong = Plan() with { Assessments = [new Assessment("3.6", "muc-2", "Thư viện chưa đạt chuẩn")] };
        Assert.Equal("assessments.result", Assert.Single(Diff(Plan(), wrong)).Field);
        var missing = Plan() with { Assessments = [] };
        Assert.Equal(["assessments.result", "assessments.note"], Diff(Plan(), missing).Select(d => d.Field));
    }

    [Fact]
    public void Item_score_counts_a_match_only_when_criterion_budget_and_months_agree()
    {
        var expected = new[] { Item("3.1"), Item("3.2"), Item("3.6") };
        var actual = new[] { Item("3.1"), Item("3.2", vnd: 1), Item("3.6", end: "2023-09"), Item("3.5") };
        var score = ItemScore.Of(expected, actual);
        Assert.Equal(new ItemScore(3, 4, 1), score);
        Assert.Equal(0.25, score.Precision, 3);
        Assert.Equal(1.0 / 3, score.Recall, 3);
    }

    [Fact]
    public void Expected_failure_is_met_only_by_a_failed_outcome()
    {
        var expected = ExpectedOutcome.Parse("""{"error": "not a plan"}""");
        Assert.Empty(DocumentComparison.Of("b.txt", expected, IngestOutcome.Failed("b.txt", "h", "not a plan")).Differences);
        var wrongly = new IngestOutcome("b.txt", "h", [Plan(Item("3.1"))], null);
        var comparison = DocumentComparison.Of("b.txt", expected, wrongly);
        Assert.Equal("outcome", Assert.Single(comparison.Differences).Field);
        Assert.Equal(new ItemScore(0, 1, 0), comparison.Items);
    }

    [Fact]
    public void Second_plan_missing_from_a_two_plan_file_fails_all_its_fields()
    {
        var json = "[" + RecordJson.Serialize(Plan(Item("3.1"))) + "," + RecordJson.Serialize(Plan(Item("3.2"))) + "]";
        var expected = ExpectedOutcome.Parse(json);
        Assert.Equal(2, expected.Plans.Count);

        var comparison = DocumentComparison.Of("a.txt", expected, new IngestOutcome("a.txt", "h", [Plan(Item("3.1"))], null));
        Assert.Contains(comparison.Differences, d => d.Path == "outcome");
        Assert.DoesNotContain(comparison.Differences, d => d.Path.StartsWith("[0].", StringComparison.Ordinal));
        Assert.All(comparison.Checks.Where(c => c.Path.StartsWith("[1].", StringComparison.Ordinal)), c => Assert.False(c.Ok));
        Assert.Equal(new ItemScore(2, 1, 1), comparison.Items);
    }

    [Fact]
    public void Report_gives_accuracy_per_field_and_item_f1()
    {
        var good = DocumentComparison.Of("a.txt", new ExpectedOutcome([Plan(Item("3.1"))], null), new IngestOutcome("a.txt", "h", [Plan(Item("3.1"))], null));
        var bad = DocumentComparison.Of("b.txt", new ExpectedOutcome([Plan(Item("3.1"))], null), new IngestOutcome("b.txt", "h", [Plan(Item("3.1", vnd: 1))], null));
        var report = CorpusReport.Of([good, bad]);
        Assert.Contains(report.Fields, f => f == ("items.budget.vnd", 1, 2));
        Assert.Contains(report.Fields, f => f == ("school.name", 2, 2));
        Assert.Equal(0.5, report.Items.F1, 3);
        Assert.Contains("items.budget.vnd", report.ToString());
    }

    [Fact]
    public void Repo_root_is_found_from_the_test_folder_and_not_from_outside_the_repo()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "Analytics.sln")));
        Assert.True(Directory.Exists(RepoPaths.Corpus));
        var outside = Directory.CreateTempSubdirectory("no-repo-");
        try
        {
            Assert.Throws<InvalidOperationException>(() => RepoPaths.FindRoot(outside.FullName));
        }
        finally
        {
            outside.Delete();
        }
    }
}
