using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Parsing.Prose;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Prose;

/// <summary>Each line rule of a prose plan, on a few lines of its own.</summary>
public sealed class ProseLineRuleTests
{
    private static List<RawItem> Read(params Block[] lines) => ProseItemReader.Read(lines, "tieu-hoc", new WarningSink());

    [Fact]
    public void A_criterion_line_opens_an_item_and_labelled_lines_fill_its_fields()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.6: Thư viện"), Line("- Mục tiêu: Có góc đọc"), Line("- Thời gian: Hè 2025"), Line("- Kinh phí: 15 triệu đồng")));
        Assert.Equal("3.6", item.Reference?.Code);
        Assert.Equal(["Hè 2025"], item.Pieces(ColumnRole.Timeline));
        Assert.Equal(["15 triệu đồng"], item.Pieces(ColumnRole.Budget));
    }

    [Fact]
    public void Lines_before_the_first_criterion_belong_to_no_item() =>
        Assert.Empty(Read(Line("Nhà trường xây dựng kế hoạch như sau."), Line("- Thời gian: Hè 2025")));

    [Fact]
    public void A_numbered_objective_above_a_criterion_line_is_its_target()
    {
        var item = Assert.Single(Read(Line("Mục tiêu 1: Thư viện đạt chuẩn"), Line("Tiêu chí 3.6: Thư viện"), Line("- Biện pháp: Mua sách")));
        Assert.Equal(["Thư viện đạt chuẩn"], item.Pieces(ColumnRole.Target));
    }

    [Fact]
    public void A_numbered_task_naming_its_criterion_in_brackets_opens_that_item()
    {
        var item = Assert.Single(Read(Line("- Nhiệm vụ 1: Thay đồ chơi hư hỏng (tiêu chí 3.5)."), Line("Cách làm: Mua 04 bộ đồ chơi")));
        Assert.Equal("3.5", item.Reference?.Code);
        Assert.Equal(["Mua 04 bộ đồ chơi"], item.Pieces(ColumnRole.Actions));
    }

    [Fact]
    public void Bullets_under_a_label_without_value_are_its_value()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.1: Khuôn viên"), Line("- Biện pháp:"), Line("+ Lát gạch sân"), Line("+ Trồng cây")));
        Assert.Equal(["Lát gạch sân", "Trồng cây"], item.Pieces(ColumnRole.Actions));
    }

    [Fact]
    public void A_line_wrapped_off_a_field_runs_on_to_it()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.1: Khuôn viên"), Line("- Biện pháp: Lát gạch sân trường trong năm"), Line("2025.")));
        Assert.Equal(["Lát gạch sân trường trong năm 2025."], item.Pieces(ColumnRole.Actions));
    }

    [Fact]
    public void The_same_label_twice_under_one_criterion_starts_a_second_item()
    {
        var items = Read(Line("Tiêu chí 3.2: Phòng học"), Line("- Nội dung cải tiến: Sửa mái"), Line("- Nội dung cải tiến: Thay bàn ghế"));
        Assert.Equal(["3.2", "3.2"], items.Select(i => i.Reference?.Code));
    }

    [Fact]
    public void Prose_after_a_labelled_item_ends_it()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.1: Khuôn viên"), Line("- Thời gian: Hè 2025"), Line("Hiệu trưởng chịu trách nhiệm chung về việc thực hiện kế hoạch này trong toàn trường.")));
        Assert.Null(item.Text(ColumnRole.Target));
    }

    [Fact]
    public void A_roman_numbered_heading_ends_the_item()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.1: Khuôn viên"), Line("- Thời gian: Hè 2025"), Line("III. TỔ CHỨC THỰC HIỆN", TextKind.Heading), Line("- Kinh phí: 5 triệu đồng")));
        Assert.Empty(item.Pieces(ColumnRole.Budget));
    }

    [Fact]
    public void A_report_section_keeps_only_its_plan_part_and_its_verdict()
    {
        var item = Assert.Single(Read(Line("Tiêu chí 3.4: Khu vệ sinh"), Line("Mức 1: a) Có khu vệ sinh riêng"), Line("3. Điểm yếu"), Line("Khu vệ sinh xuống cấp."),
            Line("4. Kế hoạch cải tiến chất lượng"), Line("Hè 2025, nhà trường sửa khu vệ sinh, kinh phí 40 triệu đồng."), Line("5. Tự đánh giá: Đạt Mức 1.")));
        Assert.Null(item.Text(ColumnRole.Target));
        Assert.Equal(1, item.SelfAssessmentResult);
        Assert.Single(item.Pieces(ColumnRole.Actions));
    }

    [Fact]
    public void A_table_ends_the_item_being_written()
    {
        var table = new TableBlock([Row("a", "b")], At);
        var item = Assert.Single(Read(Line("Tiêu chí 3.1: Khuôn viên"), Line("- Thời gian: Hè 2025"), table, Line("- Kinh phí: 5 triệu đồng")));
        Assert.Empty(item.Pieces(ColumnRole.Budget));
    }
}
