using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;

namespace Analytics.Ingest.Tests.Parsing;

public sealed class ItemTableTests
{
    [Fact]
    public void Columns_are_found_by_header_text_whatever_their_order()
    {
        var body = "III. NỘI DUNG\n\nTiêu chí\tDự kiến kinh phí\tNgười phụ trách\tThời gian thực hiện\tBiện pháp\tKết quả cần đạt\n" +
                   "Tiêu chí 3.6: Thư viện\t350 triệu đồng\tHiệu trưởng\tNăm 2024\tTham mưu xây dựng\tThư viện đạt chuẩn\n";
        var item = ParserFixture.Item(ParserFixture.Single(ParserFixture.WithHead(body)), "3.6");
        Assert.Equal(3, item.Standard);
        Assert.Equal("Thư viện", item.CriterionName);
        Assert.Equal("Thư viện đạt chuẩn", item.Target);
        Assert.Equal("Tham mưu xây dựng", item.Actions);
        Assert.Equal("Hiệu trưởng", item.Lead);
        Assert.Equal("Năm 2024", item.Timeline?.Text);
        Assert.Equal(350_000_000, item.Budget?.Vnd);
    }

    [Fact]
    public void Standard_row_sets_the_context_and_a_page_split_row_continues_the_item_above()
    {
        var body = "TT\tTên tiêu chí\tKết quả cần đạt\tCông việc/ giải pháp\tChủ trì\tThời gian\tDự kiến kinh phí\tĐiều kiện hỗ trợ khác\n" +
                   "\tTiêu chuẩn 3: Cơ sở vật chất\t\t\t\t\t\t\n" +
                   "15\tTiêu chí 3.1: Khuôn viên, sân chơi, sân tập\tLàm sân, cổng trường và\tCông tác tham mưu với Phòng\tHiệu trưởng\tQuý 1/2024\t3 tỷ đồng\tThực hiện theo\n\n" +
                   "\t\thàng rào điểm trường\tGD, Chính quyền địa phương\t\t\t\tdự án\n" +
                   "16\tTiêu chí 3.2: Phòng học\t\t\t\t\t\t\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["3.1", "3.2"], record.Items.Select(i => i.Criterion));
        var item = record.Items[0];
        Assert.Equal("Làm sân, cổng trường và hàng rào điểm trường", item.Target);
        Assert.Equal("Công tác tham mưu với Phòng GD, Chính quyền địa phương", item.Actions);
        Assert.Equal("Thực hiện theo dự án", item.Funding);
        Assert.Equal(3_000_000_000, item.Budget?.Vnd);
        Assert.Contains(record.Warnings, w => w.Message.Contains("3.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_with_an_empty_criterion_cell_add_sub_actions_to_the_criterion_above()
    {
        var body = "TT\tNội dung công việc\tThời gian thực hiện\tNgười phụ trách\tĐiều kiện thực hiện\n" +
                   "Tiêu chí 4.1: Ban đại diện cha mẹ HS\t1. Tạo điều kiện cho Ban đại diện.\tNăm 2024\tCB, GV, NV\tNgân sách\n" +
                   "\t2. Tư vấn cho cha mẹ học sinh.\tNăm 2024\tBGH\t\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal("1. Tạo điều kiện cho Ban đại diện.\n2. Tư vấn cho cha mẹ học sinh.", item.Actions);
        Assert.Equal("CB, GV, NV; BGH", item.Lead);
        Assert.Equal("Năm 2024", item.Timeline?.Text);
        Assert.Equal("Ngân sách", item.Funding);
    }

    [Fact]
    public void Budget_cell_text_besides_the_amount_is_the_funding_source()
    {
        var body = "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tThời gian\tDự kiến kinh phí\tĐiều kiện hỗ trợ khác\n" +
                   "\tTiêu chí 3.2. Khối phòng\tLắp sàn gỗ\tTháng 12/2022\t294.157.000\nNguồn điều tiết\tKhông\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal(294_157_000, item.Budget?.Vnd);
        Assert.Equal("Nguồn điều tiết", item.Funding);
    }

    [Fact]
    public void Vertically_merged_cells_of_a_docx_table_join_the_item_they_continue()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var table = new TableBlock(
        [
            Row("Tiêu chí", "Giải pháp", "Thời gian", "Kinh phí"),
            new TableRow([new TableCell(0, "Tiêu chí 3.4: Khu vệ sinh", RowSpan: 2), new TableCell(1, "Xây khu vệ sinh"), new TableCell(2, "Hè 2025"), new TableCell(3, "45 triệu")]),
            new TableRow([new TableCell(0, "", IsMergedContinuation: true), new TableCell(1, "Lắp hệ thống lọc nước"), new TableCell(2, ""), new TableCell(3, "")]),
            Row("Tiêu chí 3.6: Thư viện", "Bổ sung sách", "Năm 2025", ""),
        ], ParserFixture.At(3));
        var document = SourceDocument.Create("model.docx", "docx",
        [
            new TextBlock(TextKind.Heading, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", ParserFixture.At(0)),
            new TextBlock(TextKind.Paragraph, "Trường THCS Kim Đồng xây dựng kế hoạch như sau:", ParserFixture.At(1)),
            table,
        ]);
        var record = Assert.Single(new PlanParser().Parse(document).Value);
        Assert.Equal(["3.4", "3.6"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Xây khu vệ sinh\nLắp hệ thống lọc nước", record.Items[0].Actions);
        Assert.Equal(45_000_000, record.Items[0].Budget?.Vnd);
    }

    [Fact]
    public void Bare_criterion_numbers_in_standard_and_criterion_columns_are_read()
    {
        var body = "Tiêu chu ẩn\tTiêu chí\tT T\tNội dung kế hoạch\tGiải pháp thực hiện\tPhân công thực hiện\tThời gian thực hiện\tKinh phí thực hiện\n" +
                   "1\t1.1\t1\tPhương hướng, chiến lược\tHiệu trưởng rà soát\tBGH\t9/2024\t\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal(1, item.Standard);
        Assert.Equal("1.1", item.Criterion);
        Assert.Equal("Phương hướng, chiến lược", item.Target);
        Assert.Equal("BGH", item.Lead);
    }

    [Fact]
    public void Header_vocabulary_reads_the_genre_s_column_names()
    {
        Assert.Equal(ColumnRole.Lead, HeaderVocabulary.RoleOf("Chủ trì và phối hợp thực hiện"));
        Assert.Equal(ColumnRole.Timeline, HeaderVocabulary.RoleOf("Thời gian thực hiện và hoàn thành"));
        Assert.Equal(ColumnRole.Actions, HeaderVocabulary.RoleOf("Công việc/ giải pháp cần thực hiện"));
        Assert.Equal(ColumnRole.Target, HeaderVocabulary.RoleOf("Kết quả cần đạt (So với hiện trạng)"));
        Assert.Equal(ColumnRole.Budget, HeaderVocabulary.RoleOf("Dự kiến kinh phí (nếu có)"));
        Assert.Equal(ColumnRole.Funding, HeaderVocabulary.RoleOf("Nguồn kinh phí"));
        Assert.Equal(ColumnRole.Support, HeaderVocabulary.RoleOf("Điều kiện hỗ trợ khác"));
        Assert.Equal(ColumnRole.Supervision, HeaderVocabulary.RoleOf("Phân công giám sát"));
        Assert.Equal(ColumnRole.Number, HeaderVocabulary.RoleOf("T T"));
        Assert.Equal(ColumnRole.Standard, HeaderVocabulary.RoleOf("Tiêu chu ẩn"));
        Assert.Equal(ColumnRole.Criterion, HeaderVocabulary.RoleOf("Tiêu chuẩn, tiêu chí"));
        Assert.Equal(ColumnRole.Actions, HeaderVocabulary.RoleOf("Kế hoạch cải tiến chất lượng/Nội dung công việc"));
    }

    /// <summary>OCR of a photographed header often loses the closing bracket (mn-tri-phuong's photo: "Điếm yếu (tiêu
    /// chí"); the bracket still only qualifies the words before it, so the column stays the weakness column whose
    /// cells name their criterion, not a criterion column.</summary>
    [Fact]
    public void Header_whose_closing_bracket_OCR_lost_is_named_by_the_words_before_the_bracket()
    {
        Assert.Equal(ColumnRole.Weakness, HeaderVocabulary.RoleOf("Điếm yếu (tiêu chí"));
        Assert.Equal(ColumnRole.Weakness, HeaderVocabulary.RoleOf("Điểm yếu (tiêu chí)"));
        Assert.Equal(ColumnRole.Budget, HeaderVocabulary.RoleOf("Kinh phí (nguồn"));
    }

    [Fact]
    public void Timeline_phrase_wrapped_in_a_narrow_cell_is_read_as_one_phrase()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var table = new TableBlock(
        [
            Row("Tiêu chí", "Giải pháp", "Thời gian", "Kinh phí"),
            Row("Tiêu chí 3.2: Phòng học", "Cải tạo phòng học", "Hè\n2025", ""),
            Row("Tiêu chí 3.6: Thư viện", "Bổ sung sách", "HKI năm\nhọc 2025- 2026", ""),
            Row("Tiêu chí 3.4: Khu vệ sinh", "Xây khu vệ sinh\nLắp bể nước", "9/2025\n12/2025", ""),
        ], ParserFixture.At(2));
        var document = SourceDocument.Create("model.pdf", "pdf",
        [
            new TextBlock(TextKind.Heading, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026", ParserFixture.At(0)),
            new TextBlock(TextKind.Paragraph, "Trường THPT Kim Đồng xây dựng kế hoạch như sau:", ParserFixture.At(1)),
            table,
        ]);
        var items = Assert.Single(new PlanParser().Parse(document).Value).Items;
        Assert.Equal([("2025-06", "2025-08"), ("2025-09", "2026-01"), ("2025-09", "2025-12")], items.Select(i => (i.Timeline?.Start, i.Timeline?.End)));
    }

    [Fact]
    public void Numbered_row_under_a_criterion_cell_merged_from_above_is_a_second_item_of_that_criterion()
    {
        var table = new TableBlock(
        [
            new TableRow([new TableCell(0, "TT"), new TableCell(1, "Tiêu chí"), new TableCell(2, "Nội dung cải tiến"), new TableCell(3, "Thời gian"), new TableCell(4, "Kinh phí")]),
            new TableRow([new TableCell(0, "3"), new TableCell(1, "3.2. Phòng học, phòng học bộ môn", RowSpan: 2), new TableCell(2, "Có 02 phòng học bộ môn Tin học"), new TableCell(3, "Từ 01/2025 đến 8/2025"), new TableCell(4, "1 tỷ 650 triệu đồng")]),
            new TableRow([new TableCell(0, "4"), new TableCell(1, "", IsMergedContinuation: true), new TableCell(2, "Có 01 phòng Công nghệ"), new TableCell(3, "Năm 2025"), new TableCell(4, "Dự toán 780.000 .000 đồng")]),
            new TableRow([new TableCell(0, "5"), new TableCell(1, "3.6. Thư viện"), new TableCell(2, "Bổ sung sách"), new TableCell(3, "Tháng 3/2025"), new TableCell(4, "60.000. 000đ")]),
        ], ParserFixture.At(2));
        var document = SourceDocument.Create("model.pdf", "pdf",
        [
            new TextBlock(TextKind.Heading, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025", ParserFixture.At(0)),
            new TextBlock(TextKind.Paragraph, "Trường THPT Kim Đồng xây dựng kế hoạch như sau:", ParserFixture.At(1)),
            table,
        ]);
        var items = Assert.Single(new PlanParser().Parse(document).Value).Items;
        Assert.Equal(["3.2", "3.2", "3.6"], items.Select(i => i.Criterion));
        Assert.Equal(items[0].CriterionName, items[1].CriterionName);
        Assert.Equal("Có 01 phòng Công nghệ", items[1].Target);
        Assert.Equal([1_650_000_000L, 780_000_000L, 60_000_000L], items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void Header_row_repeated_inside_the_table_is_not_content()
    {
        var table = new TableBlock(
        [
            new TableRow([new TableCell(0, "Tiêu chí", RowSpan: 2), new TableCell(1, "Kết quả cần đạt", RowSpan: 2), new TableCell(2, "Thời gian", RowSpan: 2), new TableCell(3, "Kinh phí", ColumnSpan: 2)]),
            new TableRow([new TableCell(0, "", IsMergedContinuation: true), new TableCell(1, "", IsMergedContinuation: true), new TableCell(2, "", IsMergedContinuation: true), new TableCell(3, "Dự kiến"), new TableCell(4, "Nguồn")]),
            new TableRow([new TableCell(0, "Tiêu chí 4.1: Ban đại diện cha mẹ trẻ", RowSpan: 2), new TableCell(1, "Ban đại diện họp định kỳ", RowSpan: 2), new TableCell(2, "Định kỳ", RowSpan: 2), new TableCell(3, ""), new TableCell(4, "")]),
            new TableRow([new TableCell(0, "", IsMergedContinuation: true), new TableCell(1, "", IsMergedContinuation: true), new TableCell(2, "", IsMergedContinuation: true), new TableCell(3, "Dự kiến"), new TableCell(4, "Nguồn")]),
        ], ParserFixture.At(2));
        var document = SourceDocument.Create("model.pdf", "pdf",
        [
            new TextBlock(TextKind.Heading, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025", ParserFixture.At(0)),
            new TextBlock(TextKind.Paragraph, "Trường Mầm non Kim Đồng xây dựng kế hoạch như sau:", ParserFixture.At(1)),
            table,
        ]);
        var item = Assert.Single(Assert.Single(new PlanParser().Parse(document).Value).Items);
        Assert.Equal("4.1", item.Criterion);
        Assert.Null(item.Funding);
        Assert.Null(item.Budget);
    }

    [Fact]
    public void Partner_column_under_a_merged_assignment_header_is_not_the_lead()
    {
        var body = "STT\tTiêu chí\tNội dung cải tiến\tChủ trì\tPhối hợp\tThời gian\tKinh phí\n" +
                   "1\tTiêu chí 3.6: Thư viện\tBổ sung 500 bản sách\tNhân viên thư viện\tLiên đội\tQuý 1/2025\t20 triệu đồng\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal("Nhân viên thư viện", item.Lead);
    }

    [Fact]
    public void Separate_number_and_name_columns_give_the_criterion_and_its_name_and_TC_is_the_standard()
    {
        var body = "TC\tTiêu chí\tTên tiêu chí\tMục tiêu\tGiải pháp\tNgười phụ trách\tThời gian\tKinh phí\n" +
                   "2\t\t\tGiáo viên được bồi dưỡng tiếng dân tộc\tMở lớp tại trường\tPhó hiệu trưởng\tNăm 2025\t8 triệu đồng\n" +
                   "3\t3.6\tThư viện\tCó tủ sách song ngữ\tVận động tặng sách\tNhân viên thư viện\tNăm 2025\tXã hội hóa\n";
        var items = ParserFixture.Single(ParserFixture.WithHead(body)).Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(2, items[0].Standard);
        Assert.Null(items[0].Criterion);
        Assert.Equal("Giáo viên được bồi dưỡng tiếng dân tộc", items[0].Target);
        Assert.Equal("3.6", items[1].Criterion);
        Assert.Equal("Thư viện", items[1].CriterionName);
    }

    [Fact]
    public void A_condition_column_beside_a_source_column_is_not_the_source()
    {
        var body = "STT\tKết quả cần đạt\tTiêu chí\tBiện pháp\tĐiều kiện thực hiện\tNgười thực hiện\tThời gian\tKinh phí dự kiến (triệu đồng)\tNguồn kinh phí\n" +
                   "1\tGiáo viên ứng dụng công nghệ thông tin\t2.2. Đối với giáo viên\tBồi dưỡng tại trường\tCó phòng Tin học\tTổ trưởng\tCả năm học\t0\t\n" +
                   "2\tCó phòng Tin học 30 máy\t3.2. Phòng học\tCải tạo phòng học cũ\tĐược phê duyệt chủ trương\tHiệu trưởng\tNăm 2025\t1.200\tNgân sách tỉnh\n";
        var items = ParserFixture.Single(ParserFixture.WithHead(body)).Items;
        Assert.Null(items[0].Funding);
        Assert.Null(items[0].Budget);
        Assert.Equal("Ngân sách tỉnh", items[1].Funding);
        Assert.Equal(1_200_000_000L, items[1].Budget?.Vnd);
    }

    [Fact]
    public void A_condition_column_without_a_source_column_names_the_source()
    {
        var body = "TT\tNội dung công việc\tThời gian thực hiện\tNgười phụ trách\tĐiều kiện thực hiện\n" +
                   "Tiêu chí 2.2: Đối với giáo viên\tCử giáo viên đi học nâng chuẩn\tNăm 2025\tBGH\tTự túc\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal("Tự túc", item.Funding);
    }
}
