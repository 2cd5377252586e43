using Analytics.Ingest.Readers;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>The five seed plans through the whole default pipeline; every expected value below was read
/// off the seed text by hand.</summary>
public sealed class SeedPlanTests
{
    private static IReadOnlyList<PlanRecord> Ingest(string prefix)
    {
        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(SeedFiles.Path(prefix)));
        Assert.True(outcome.IsSuccess, outcome.Error);
        return outcome.Records;
    }

    private static PlanItem Item(PlanRecord record, string criterion) => Assert.Single(record.Items, i => i.Criterion == criterion);

    [SeedFact]
    public void Seed_000_tab_table_with_a_split_row_gives_its_seven_criteria()
    {
        var plan = Assert.Single(Ingest("000"));
        Assert.Equal(["3.1", "3.2", "3.3", "3.6", "4.1", "5.2", "5.3"], plan.Items.Select(i => i.Criterion));
        var yard = Item(plan, "3.1");
        Assert.Equal(3_000_000_000, yard.Budget?.Vnd);
        Assert.Equal(new Timeline("Quý 1/2024", "2024-01", "2024-03"), yard.Timeline);
        Assert.Equal("Làm sân, công trường và hàng rào điểm trường Năm Học 1", yard.Target);
        Assert.Equal(350_000_000, Item(plan, "3.6").Budget?.Vnd);
        Assert.Equal(new Timeline("Từ 8/2023 Đến 5/2024", "2023-08", "2024-05"), Item(plan, "4.1").Timeline);
        // "2013- 2024" in a 2023-2024 plan is a typo: the text is kept, the months are not guessed.
        Assert.Equal(new Timeline("Từ năm học 2013- 2024", null, null), Item(plan, "5.3").Timeline);
        Assert.Equal(("76/KH-THHM", "2023-09-18"), (plan.Document.Number, plan.Document.Date));
        Assert.Equal("17/2018/TT-BGDĐT", plan.Regulation);
        Assert.Equal("tieu-hoc", plan.School.Level);
        Assert.Equal("Điện Biên", plan.School.District);
    }

    [SeedFact]
    public void Seed_001_self_assessment_and_solution_table()
    {
        var plan = Assert.Single(Ingest("001"));
        Assert.Equal(27, plan.Assessments.Count);
        var byCriterion = plan.Assessments.GroupBy(a => a.Criterion).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(("khong-dat", "Chưa có phòng bộ môn (Ng2, Tin học,...)"), (byCriterion["3.3"].Result, byCriterion["3.3"].Note));
        Assert.Equal("muc-1", byCriterion["3.6"].Result);
        Assert.Equal("muc-3", byCriterion["1.1"].Result);
        Assert.Equal("khong-dat", byCriterion["2.2"].Result);
        Assert.Equal(["2.2", "2.3", "3.1", "3.2", "3.3", "3.6"], plan.Items.Select(i => i.Criterion));
        Assert.Equal(50_000_000_000, Item(plan, "3.1").Budget?.Vnd);
        Assert.Equal(5_500_000_000, Item(plan, "3.2").Budget?.Vnd);
        Assert.Equal(4_500_000_000, Item(plan, "3.6").Budget?.Vnd);
        Assert.Equal(new Timeline("Năm 2023-2025", "2023-01", "2025-12"), Item(plan, "3.6").Timeline);
        Assert.Equal(("thpt", "Hải Phòng", "Thủy Nguyên"), (plan.School.Level, plan.School.Province, plan.School.District));
        Assert.Equal("18/2018/TT-BGDĐT", plan.Regulation);
        Assert.Equal("Trường THPT Quang Trung", plan.School.Name);
        Assert.Contains("T. viện chưa đạt chuẩn", plan.Weaknesses);
        Assert.Contains("Thư viện chưa đạt chuẩn, chưa có sân tập thể dục thể thao đạt chuẩn.", plan.Weaknesses);
        Assert.Contains(plan.Warnings, w => w.Message.Contains("1.2 is listed more than once", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Seed_002_one_cell_per_line_table()
    {
        var plan = Assert.Single(Ingest("002"));
        Assert.Equal(["3.2", "3.3", "3.5"], plan.Items.Select(i => i.Criterion));
        var rooms = Item(plan, "3.2");
        Assert.Equal(294_157_000, rooms.Budget?.Vnd);
        Assert.Equal("Nguồn điều tiết", rooms.Funding);
        Assert.Equal(new Timeline("Tháng 12/ 2020 đến tháng 12/2022", "2020-12", "2022-12"), rooms.Timeline);
        Assert.Null(Item(plan, "3.3").Budget);
        Assert.Equal("Nguồn hoạt động của nhà trường", Item(plan, "3.3").Funding);
        Assert.Equal(250_000_000, Item(plan, "3.5").Budget?.Vnd);
        Assert.Equal("Nguồn xã hội hóa", Item(plan, "3.5").Funding);
        Assert.Null(plan.Document.Number);
        Assert.Equal("2022-08-22", plan.Document.Date);
        Assert.Equal(("Trường Mầm non Họa Mi 2", "mam-non"), (plan.School.Name, plan.School.Level));
        Assert.Equal("19/2018/TT-BGDĐT", plan.Regulation);
    }

    [SeedFact]
    public void Seed_003_ocr_prose_plan_gives_its_criteria_and_the_pipe_table_rows()
    {
        var plan = Assert.Single(Ingest("003"));
        Assert.Equal(("125/KH-NTT", "2022-09-09"), (plan.Document.Number, plan.Document.Date));
        Assert.Equal(["1.4", "1.6", "2.2", "3.1", "3.2", "5.5"], plan.Items.Where(i => i.Criterion is not null).Select(i => i.Criterion));
        // The text repair stage restores the OCR-damaged timeline cells ("Thang 8/2022", "Ca nam hoc").
        Assert.Equal(["Tháng 8/2022", "Cả năm học"], plan.Items.Where(i => i.Criterion is null).Select(i => i.Timeline?.Text));
        Assert.Equal(("2022-08", "2022-08"), (plan.Items[0].Timeline?.Start, plan.Items[0].Timeline?.End));
        Assert.Equal("17/2018/TT-BGDĐT", plan.Regulation);
        Assert.Contains(plan.Warnings, w => w.Field == "items.timeline" && w.Message.Contains("stand apart", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Seed_004_holds_two_plans_with_html_cells()
    {
        var plans = Ingest("004");
        Assert.Equal(["207/KH-LQĐ", "290/KH-LQĐ"], plans.Select(p => p.Document.Number));
        Assert.Equal(["2024-10-14", "2024-10-15"], plans.Select(p => p.Document.Date));
        Assert.Equal("1.1", Assert.Single(plans[0].Items).Criterion);
        var five = plans[1];
        Assert.Equal(28, five.Items.Count);
        Assert.Equal(28, five.Items.Select(i => i.Criterion).Distinct().Count());
        Assert.All(five.Items.Where(i => i.Criterion != "1.1"), i => Assert.Equal("2024-09", i.Timeline?.Start));
        Assert.All(plans, p => Assert.Equal(("Tiền Giang", "Đồng Tháp"), (p.School.Province, p.School.ProvinceCurrent)));
        Assert.Equal((2024, 2029), (five.Document.PeriodStart, five.Document.PeriodEnd));
        var party = Item(five, "1.3");
        Assert.Equal("Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường", party.CriterionName);
        Assert.Equal("Ngân sách nhà nước", party.Funding);
        Assert.StartsWith("1. Chi bộ Đảng Cộng Sản Việt Nam", party.Actions);
        Assert.All(plans, p => Assert.Equal("Trường Tiểu học Lê Quý Đôn", p.School.Name));
        Assert.All(plans, p => Assert.Equal("Mỹ Tho", p.School.District));
    }
}
