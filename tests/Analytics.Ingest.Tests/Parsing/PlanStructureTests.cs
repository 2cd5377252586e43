using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;

namespace Analytics.Ingest.Tests.Parsing;

public sealed class PlanStructureTests
{
    [Fact]
    public void Plan_written_as_prose_with_labelled_lines_gives_items()
    {
        var body = "III. KẾ HOẠCH CẢI TIẾN CỤ THỂ\n\nTiêu chuẩn 3: Cơ sở vật chất\n\nTiêu chí 3.1: Khuôn viên, sân chơi, sân tập\n" +
                   "- Kết quả cần đạt: Tường rào được xây lại.\n- Biện pháp thực hiện: Lập tờ trình.\n- Người chủ trì: Hiệu trưởng\n- Thời gian thực hiện: Hè 2023\n- Kinh phí: 350 triệu đồng\n- Nguồn kinh phí: Ngân sách huyện\n\n" +
                   "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội\n- Kết quả cần đạt: Ban đại diện hoạt động đúng điều lệ.\n- Thời gian thực hiện: Định kỳ\n\n" +
                   "Các nội dung cải tiến phải bám sát các tiêu chí chưa đạt.\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(2, record.Items.Count);
        var item = record.Items[0];
        Assert.Equal(("3.1", "Khuôn viên, sân chơi, sân tập"), (item.Criterion, item.CriterionName));
        Assert.Equal("Tường rào được xây lại.", item.Target);
        Assert.Equal("Lập tờ trình.", item.Actions);
        Assert.Equal("Hiệu trưởng", item.Lead);
        Assert.Equal("Hè 2023", item.Timeline?.Text);
        Assert.Equal(350_000_000, item.Budget?.Vnd);
        Assert.Equal("Ngân sách huyện", item.Funding);
        Assert.Equal((4, (string?)null), (record.Items[1].Standard, record.Items[1].Criterion));
        Assert.Equal("Ban đại diện hoạt động đúng điều lệ.", record.Items[1].Target);
    }

    [Fact]
    public void Ocr_prose_criteria_give_items_and_stranded_dates_are_reported()
    {
        var body = "Tiéu chuén 1: Té chirc va quan Iy nha truweong\n\nTiéu chi 1.4: Hiéu trwong, phé hiéu truwéng\n\nHoat dong cua td van phong dugc ra soat.\n\n" +
                   "Tiéu chi 3.2: Phong hoc\n\nXay dung phong thyuc hanh trai nghiém\n\n9/2022\n\nDinh ky hang thang\n\nThang 01/2023\n\nIV. TO CHUC THUC HIEN\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["1.4", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Xay dung phong thyuc hanh trai nghiém", record.Items[1].Target);
        Assert.Contains(record.Warnings, w => w.Field == "items.timeline" && w.Message.StartsWith("3 time", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_plans_pasted_into_one_file_become_two_records()
    {
        var first = "Số: 207/KH-LQĐ\n\nPhường 4, ngày 14 tháng 10 năm 2024\n\nKẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC Năm học: 2024-2025\n\n" +
                    "Tiêu chí\tGiải pháp thực hiện\tThời gian thực hiện\n1.1\tRà soát\t9/2024\n\n";
        var second = "Số: 290/KH-LQĐ\n\nPhường 4, ngày 15 tháng 10 năm 2024\n\nKẾ HOẠCH\nCải tiến chất lượng giáo dục giai đoạn 2024-2029\n\n" +
                     "Tiêu chí\tGiải pháp thực hiện\tThời gian thực hiện\nTiêu chí 1.2: Hội đồng trường\tDuy trì\tNăm 2025\n";
        var result = ParserFixture.Parse(first + second);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["207/KH-LQĐ", "290/KH-LQĐ"], result.Value.Select(r => r.Document.Number));
        Assert.Equal(["1.1", "1.2"], result.Value.Select(r => Assert.Single(r.Items).Criterion));
        Assert.Equal((2024, 2029), (result.Value[1].Document.PeriodStart, result.Value[1].Document.PeriodEnd));
    }

    [Fact]
    public void Document_without_plan_structure_is_a_failure_saying_why()
    {
        var result = ParserFixture.Parse("THÔNG BÁO\n\nNhà trường thông báo lịch nghỉ Tết cho học sinh.\n");
        Assert.False(result.IsSuccess);
        Assert.StartsWith("not a plan", result.Error);
    }

    [Fact]
    public void Weaknesses_are_the_sentences_of_the_weakness_section()
    {
        var body = "II. ĐÁNH GIÁ THỰC TRẠNG\n\n3.1. Điểm mạnh\n\nNhà trường có đội ngũ vững vàng.\n\n3.2. Hạn chế\n\n" +
                   "Việc lưu trữ hồ sơ chưa khoa học. Quá trình chuyển đổi số còn chậm.\n\nTrường chưa có phòng học bộ môn; Thư viện chưa đạt chuẩn.\n\n" +
                   "III. NỘI DUNG\n\nTiêu chí\tGiải pháp\tThời gian\nTiêu chí 3.6\tXây thư viện\tNăm 2024\n\nIV. TỔ CHỨC THỰC HIỆN\n\nNếu gặp khó khăn, phản ánh về BGH.\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(
            ["Việc lưu trữ hồ sơ chưa khoa học.", "Quá trình chuyển đổi số còn chậm.", "Trường chưa có phòng học bộ môn", "Thư viện chưa đạt chuẩn."],
            record.Weaknesses);
    }

    [Fact]
    public void Deficiency_stated_in_the_description_counts_when_there_is_no_weakness_section()
    {
        var body = "II. ĐẶC ĐIỂM TÌNH HÌNH\n\nTrường có 20 phòng học. Sân trường chưa đáp ứng được các hoạt động ngoài trời.\n\n" +
                   "III. NỘI DUNG\n\nTiêu chí\tGiải pháp\tThời gian\nTiêu chí 3.1\tMở rộng sân\tNăm 2024\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["Sân trường chưa đáp ứng được các hoạt động ngoài trời."], record.Weaknesses);
    }

    [Fact]
    public void Item_texts_naming_a_shortfall_do_not_repeat_an_existing_weakness_section()
    {
        var body = "II. THỰC TRẠNG\n\n2. Hạn chế\n\n- Bốn phòng học cấp 4 đã xuống cấp.\n\n" +
                   "III. NỘI DUNG\n\nTiêu chí\tNội dung cải tiến\tThời gian\n" +
                   "Tiêu chí 3.2\tXây mới 04 phòng học thay thế 04 phòng học cấp 4 đã xuống cấp\tNăm 2025\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["Bốn phòng học cấp 4 đã xuống cấp."], record.Weaknesses);
    }

    [Theory]
    [InlineData("Xây mới khu vệ sinh thay khu cũ đã xuống cấp", false)]
    [InlineData("Bổ sung đồ chơi ngoài trời; sửa chữa đồ chơi hư hỏng", false)]
    [InlineData("Khu vệ sinh của học sinh đã xuống cấp", true)]
    public void A_sentence_opening_with_the_work_to_do_is_not_a_status(string sentence, bool deficiency) =>
        Assert.Equal(deficiency, WeaknessReader.StatesDeficiency(sentence));

    [Fact]
    public void Numbered_criterion_headings_with_label_value_tables_give_items_and_weaknesses()
    {
        TableBlock Table(int at, params (string Label, string Value)[] rows) =>
            new([.. rows.Select(r => new TableRow([new TableCell(0, r.Label), new TableCell(1, r.Value)]))], ParserFixture.At(at));
        var document = SourceDocument.Create("model.docx", "docx",
        [
            new TextBlock(TextKind.Heading, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025", ParserFixture.At(0)),
            new TextBlock(TextKind.Paragraph, "Trường Tiểu học Kim Đồng xây dựng kế hoạch như sau:", ParserFixture.At(1)),
            new TextBlock(TextKind.Paragraph, "II. NỘI DUNG CẢI TIẾN THEO TỪNG TIÊU CHÍ", ParserFixture.At(2)),
            new TextBlock(TextKind.Paragraph, "1. Tiêu chí 3.2: Phòng học", ParserFixture.At(3)),
            Table(4, ("Điểm yếu:", "Hai phòng học dãy C bị thấm dột."), ("Mục tiêu:", "Hai phòng học được chống thấm"),
                ("Biện pháp:", "Đề nghị bố trí vốn sửa chữa;\ngiám sát thi công"), ("Người phụ trách:", "Hiệu trưởng"),
                ("Thời gian:", "Hè 2025"), ("Kinh phí:", "420 triệu đồng"), ("Nguồn kinh phí:", "Ngân sách huyện")),
            new TextBlock(TextKind.Paragraph, "2. Tiêu chí 2.2: Đối với giáo viên", ParserFixture.At(5)),
            Table(6, ("Điểm yếu:", "Giáo viên còn lúng túng khi dùng học liệu số."), ("Mục tiêu:", "Giáo viên dùng được học liệu số"),
                ("Thời gian:", "Cả năm học"), ("Kinh phí:", "Không")),
            new TextBlock(TextKind.Paragraph, "III. TỔ CHỨC THỰC HIỆN", ParserFixture.At(7)),
        ]);
        var record = Assert.Single(new PlanParser().Parse(document).Value);
        Assert.Equal(["3.2", "2.2"], record.Items.Select(i => i.Criterion));
        var item = record.Items[0];
        Assert.Equal(("Phòng học", "Hai phòng học được chống thấm"), (item.CriterionName, item.Target));
        Assert.Equal(("Hiệu trưởng", "Ngân sách huyện"), (item.Lead, item.Funding));
        Assert.Equal(("2025-06", "2025-08"), (item.Timeline?.Start, item.Timeline?.End));
        Assert.Equal(420_000_000, item.Budget?.Vnd);
        Assert.Null(record.Items[1].Budget?.Vnd);
        Assert.Equal(["Hai phòng học dãy C bị thấm dột.", "Giáo viên còn lúng túng khi dùng học liệu số."], record.Weaknesses);
    }
}
