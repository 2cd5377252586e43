using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers.Pdf;
using Analytics.Ingest.Readers.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.Pdf;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the fifth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 5"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundFiveRuleTests
{
    /// <summary>A plan head (number, date 09/10/2024, title, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body) => ParseOne(Head("21/KH-THCSLL", "Lạc Long, ngày 09 tháng 10 năm 2024", "2024-2025", "Trường THCS Lạc Long xây dựng kế hoạch như sau:"), body);

    /// <summary>"Kinh phí (đồng)" merged over three source columns, the other headers merged down over both rows.</summary>
    private static TableBlock SourceSplitTable(string first, string second, string third, params TableRow[] rows) => new(
    [
        new([Cell(0, "Tiêu chí", rows: 2), Cell(1, "Nội dung cải tiến", rows: 2), Cell(2, "Thời gian", rows: 2), Cell(3, "Kinh phí (đồng)", span: 3)]),
        new([Below(0), Below(1), Below(2), Cell(3, first), Cell(4, second), Cell(5, third)]),
        .. rows,
    ], At);

    [Fact]
    public void Sub_headers_under_a_merged_budget_header_name_the_source_of_each_amount_column()
    {
        var record = Parse(SourceSplitTable("Ngân sách", "Xã hội hóa", "Khác",
            Row("3.3", "Mua bàn ghế phòng họp", "Quý I/2025", "40.000.000", "", ""),
            Row("3.5", "Mua 10 máy tính", "Hè 2025", "100.000.000", "20.000.000", ""),
            Row("5.4", "Tham quan làng nghề", "HKII", "", "", ""),
            Row("3.4", "Lắp máy lọc nước", "Tháng 12/2024", "15.000.000", "15.000.000", "")));

        Assert.Equal(["3.3", "3.5", "5.4", "3.4"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Ngân sách", record.Items[0].Funding);
        Assert.Equal(40_000_000, record.Items[0].Budget?.Vnd);
        Assert.Equal("Ngân sách; Xã hội hóa", record.Items[1].Funding);
        Assert.Equal(120_000_000, record.Items[1].Budget?.Vnd);
        Assert.Null(record.Items[2].Funding);
        Assert.Null(record.Items[2].Budget);
        // The same amount from two sources is two amounts, not one written twice.
        Assert.Equal(30_000_000, record.Items[3].Budget?.Vnd);
    }

    [Fact]
    public void Amount_columns_split_by_year_name_no_source()
    {
        var record = Parse(SourceSplitTable("Năm 2025", "Năm 2026", "Năm 2027",
            Row("3.2", "Xây 02 phòng học", "2025-2027", "300.000.000", "200.000.000", "")));

        var item = Assert.Single(record.Items);
        Assert.Equal(500_000_000, item.Budget?.Vnd);
        Assert.Null(item.Funding);
    }

    [Theory]
    [InlineData("Điểm yếu (tiêu chí)", "Weakness")]
    [InlineData("Tồn tại, hạn chế (theo tiêu chí)", "Weakness")]
    [InlineData("Tiêu chí", "Criterion")]
    [InlineData("Tên tiêu chí", "Criterion")]
    [InlineData("Tiêu chuẩn, tiêu chí", "Criterion")]
    public void Words_outside_brackets_name_a_weakness_column_even_when_the_bracket_says_tieu_chi(string header, string role) =>
        Assert.Equal(role, HeaderVocabulary.RoleOf(header).ToString());

    [Fact]
    public void Weakness_rows_name_their_criterion_in_brackets_and_their_lettered_sub_rows_are_items()
    {
        var table = new TableBlock(
        [
            Row("TT", "Điểm yếu (tiêu chí)", "Mục tiêu", "Hoạt động", "Người thực hiện", "Thời gian", "Kinh phí"),
            new([Cell(0, "1", rows: 2), Cell(1, "Sân trường chật hẹp, thiếu bóng mát (Tiêu chí 3.1)", rows: 2), Cell(2, "Sân trường rộng, mát", rows: 2),
                Cell(3, "a) Mở rộng sân về phía tây"), Cell(4, "Hiệu trưởng"), Cell(5, "Hè 2025"), Cell(6, "300 triệu đồng")]),
            new([Below(0), Below(1), Below(2), Cell(3, "b) Trồng 20 cây bóng mát"), Cell(4, "Tổng phụ trách Đội"), Cell(5, "Tháng 3/2025"), Cell(6, "10 triệu đồng")]),
            Row("2", "Thư viện thiếu sách tham khảo (TC 3.6)", "Đủ sách tham khảo", "a) Mua 300 bản sách", "Nhân viên thư viện", "Quý I/2025", "30 triệu đồng"),
        ], At);
        var record = Parse(table);

        Assert.Equal(["3.1", "3.1", "3.6"], record.Items.Select(i => i.Criterion));
        Assert.All(record.Items, i => Assert.Null(i.CriterionName));
        Assert.Equal("Sân trường rộng, mát", record.Items[1].Target);
        Assert.Equal("Tổng phụ trách Đội", record.Items[1].Lead);
        Assert.Equal(["Mở rộng sân về phía tây", "Trồng 20 cây bóng mát", "Mua 300 bản sách"], record.Items.Select(i => i.Actions));
        Assert.Equal(10_000_000, record.Items[1].Budget?.Vnd);
        Assert.Equal(["Sân trường chật hẹp, thiếu bóng mát", "Thư viện thiếu sách tham khảo"], record.Weaknesses);
    }

    [Fact]
    public void Plan_quoted_in_an_email_reads_as_if_the_quote_markers_were_not_there()
    {
        const string mail = """
            Subject: Re: Kế hoạch cải tiến
            From: Phòng Giáo dục <pgd@example.edu.vn>

            Đã nhận, cảm ơn nhà trường.

            Vào Th 2, 14 thg 10, 2024 lúc 15:12 Trường THCS Kim Đồng
            <kimdong@example.edu.vn> đã viết:
            > Số: 12/KH-THCS
            > Hà Nội, ngày 14 tháng 10 năm 2024
            >
            > KẾ HOẠCH
            > CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025
            >
            > Trường THCS Kim Đồng xây dựng kế hoạch như sau:
            >
            > Tiêu chí 3.6: Thư viện
            > - Mục tiêu: Thư viện có phòng đọc cho học sinh và có thêm 300 bản
            > sách tham khảo.
            > - Người phụ trách: Nhân viên thư viện
            > - Thời gian: Quý I/2025
            > - Kinh phí: 40 triệu đồng
            >
            >> Đề nghị các trường gửi kế hoạch trước ngày 20/10/2024.
            """;
        var record = ParserFixture.Single(mail);

        Assert.Equal("2024-10-14", record.Document.Date);
        Assert.NotNull(record.Document.Title);
        var item = ParserFixture.Item(record, "3.6");
        Assert.Equal("Thư viện có phòng đọc cho học sinh và có thêm 300 bản sách tham khảo.", item.Target);
        Assert.Equal("Nhân viên thư viện", item.Lead);
        Assert.Equal("2025-01", item.Timeline?.Start);
        Assert.Equal(40_000_000, item.Budget?.Vnd);
    }

    [Fact]
    public void A_few_lines_starting_with_a_quote_mark_are_kept()
    {
        string[] lines = ["Ghi chú:", "> 5 phòng học đạt chuẩn", "> 3 phòng chưa đạt", "Tiêu chí 3.2: Phòng học", "- Thời gian: Hè 2025"];
        Assert.Same(lines, EmailQuotes.Strip(lines));
    }

    [Fact]
    public void Item_paragraph_with_inline_labelled_fields_is_read_like_labelled_lines()
    {
        var record = Parse(
            Line("II. Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"),
            Line("b) Tiêu chí 3.5 – Thiết bị. Mục tiêu: đủ máy chiếu cho 12 lớp học. Biện pháp: mua 04 máy chiếu, lắp trong hè. "
                 + "Người thực hiện: Kế toán. Thời gian: Quý II/2025. Kinh phí: 60 triệu đồng; nguồn: xã hội hóa."));

        var item = Assert.Single(record.Items);
        Assert.Equal(("3.5", "Thiết bị"), (item.Criterion, item.CriterionName));
        Assert.Equal("đủ máy chiếu cho 12 lớp học.", item.Target);
        Assert.Equal("mua 04 máy chiếu, lắp trong hè.", item.Actions);
        Assert.Equal("Kế toán", item.Lead);
        Assert.Equal(("2025-04", "2025-06"), (item.Timeline?.Start, item.Timeline?.End));
        Assert.Equal(("60 triệu đồng", 60_000_000L), (item.Budget?.Text, item.Budget?.Vnd));
        Assert.Equal("xã hội hóa", item.Funding);
        Assert.Equal("Quý II/2025", item.Timeline?.Text);
    }

    [Theory]
    [InlineData("Tiêu chí 3.1: Sân trường rộng, có bóng mát. Thời gian: Hè 2025.")]
    [InlineData("Năm học trước, nhà trường đã làm tốt. Mục tiêu: giữ vững. Thời gian: cả năm.")]
    public void Paragraph_without_a_leading_criterion_or_with_one_label_is_left_whole(string text)
    {
        IReadOnlyList<Block> blocks = [Line(text)];
        Assert.Same(blocks, InlineFields.Expand(blocks));
    }

    [Theory]
    [InlineData("Từ đầu năm học", 2025, 2026, "2025-09", null)]
    [InlineData("Đầu năm học", 2025, 2026, "2025-09", "2025-09")]
    [InlineData("Cuối năm học", 2025, 2026, "2026-05", "2026-05")]
    [InlineData("Từ đầu năm học", 2025, 2030, null, null)]
    [InlineData("Cả năm học", 2025, 2026, "2025-09", "2026-05")]
    public void Undated_school_year_takes_its_lead_word(string text, int from, int to, string? start, string? end)
    {
        var timeline = TimelineParser.Parse(text, from, to);
        Assert.Equal((start, end), (timeline?.Start, timeline?.End));
    }

    [Fact]
    public void Capital_lettered_sections_bound_the_weakness_section()
    {
        var record = Parse(
            Line("A. NHỮNG ĐIỂM YẾU CẦN KHẮC PHỤC"),
            Line("- Một số giáo viên chưa thành thạo phần mềm dạy học.", TextKind.ListItem),
            Line("B. KẾ HOẠCH CẢI TIẾN"),
            Line("Tiêu chí 3.2: Phòng học"),
            Line("- Biện pháp: lắp tivi cho 06 phòng học còn thiếu.", TextKind.ListItem),
            Line("- Thời gian: Hè 2025", TextKind.ListItem),
            Line("C. TỔ CHỨC THỰC HIỆN"),
            Line("Các tổ chuyên môn còn thiếu kinh nghiệm sẽ được hỗ trợ."));

        Assert.Equal(["Một số giáo viên chưa thành thạo phần mềm dạy học."], record.Weaknesses);
    }

    [Theory]
    [InlineData("06 tháng 10 năm 2025", null)]
    [InlineData("06 tháng 10 năm 2024", "Phú Lạc Đông")]
    public void Place_of_the_date_line_is_a_district_only_before_districts_were_abolished(string date, string? district)
    {
        var record = ParserFixture.Single(
            $"Số: 12/KH-THCS\n\nPhú Lạc Đông, ngày {date}\n\nKẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026\n\n"
            + "Trường THCS Kim Đồng xây dựng kế hoạch như sau:\n\nTiêu chí 3.6: Thư viện\n- Thời gian: Quý I/2026\n- Kinh phí: 40 triệu đồng\n");
        Assert.Equal(district, record.School.District);
    }

    private static Glyph Letter(string text, double left, GlyphTurn turn = GlyphTurn.None) =>
        new Glyph(text, left, left + 5, 100, 110, 108, 10, false) { Turn = turn, Run = turn == GlyphTurn.None ? default : (200 + left, 205 + left, 50) };

    [Fact]
    public void A_few_turned_letters_outside_tables_are_left_out_and_a_turned_page_is_read_upright()
    {
        List<Glyph> margin = [Letter("K", 10), Letter("ế", 15), Letter("H", 30), Letter("T", 500, GlyphTurn.Upward)];
        Assert.Equal(["K", "ế", "H"], PdfPageLayout.UprightFlow(margin).Select(g => g.Text));

        List<Glyph> sideways = [Letter("A", 500), Letter("B", 10, GlyphTurn.Upward), Letter("C", 15, GlyphTurn.Upward)];
        var upright = PdfPageLayout.UprightFlow(sideways);
        Assert.All(upright, g => Assert.Equal(GlyphTurn.None, g.Turn));
        Assert.Equal([210.0, 215.0], upright.Skip(1).Select(g => g.Left));
    }

    [Fact]
    public void Pdf_table_header_set_on_its_side_is_read_in_its_own_direction()
    {
        var result = new PdfReader().Read(PdfReaderTests.Fixture("turned-header.pdf"));
        Assert.True(result.IsSuccess, result.Error);
        var table = Assert.Single(result.Value.Blocks.OfType<TableBlock>());
        var header = table.Rows[0].Cells.Select(c => c.Text.Replace('\n', ' ')).ToList();
        Assert.Equal(["Tiêu chí", "Nội dung cải tiến", "Biện pháp thực hiện", "Thời gian hoàn thành", "Kinh phí"], header);
        Assert.Equal("3.1", table.Rows[1].CellAt(0)?.Text);
    }
}
