using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Cells;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>What scanned tables lose between pages and inside cells, on readings taken from the print-path twins
/// (<c>plans show TWIN --blocks</c>): running footers, headers repeated with other misreadings, quarter numerals and
/// criterion codes misread.</summary>
public sealed class ScannedTableRepairTests
{
    [Theory]
    [InlineData("Quý I1V/2024", "Quý IV/2024")]
    [InlineData("Quý II1/2024", "Quý III/2024")]
    [InlineData("Quý Il/2025", "Quý II/2025")]
    [InlineData("Quý 1/2025", "Quý 1/2025")]
    [InlineData("Quý II/2024", "Quý II/2024")]
    [InlineData("Quý I- Quý II/2025", "Quý I- Quý II/2025")]
    [InlineData("5,2. Tổ chức hoạt động giáo dục", "5.2. Tổ chức hoạt động giáo dục")]
    [InlineData("Tiêu chí 3,6: Thư viện", "Tiêu chí 3.6: Thư viện")]
    [InlineData("5,2 tỷ đồng", "5,2 tỷ đồng")]
    [InlineData("2,5 triệu: xã hội hóa", "2,5 triệu: xã hội hóa")]
    public void Quarter_numerals_and_criterion_codes_misread_in_a_cell_are_mended(string read, string mended) =>
        Assert.Equal(mended, CellTextRepair.Apply(read));

    /// <summary>Both models' readings of a quarter go through one rule: the Vietnamese model's cells and the English
    /// model's row lines (readings from the eng-OCR twins of corpus/mn-tan-loi and corpus/thpt-ganh-hao).</summary>
    [Theory]
    [InlineData("Quy I'V/2025", "Quy IV/2025")]
    [InlineData("Quy 11/2025", "Quy II/2025")]
    [InlineData("Quy 1V/2025", "Quy IV/2025")]
    [InlineData("QUÝ 111/2024", "QUÝ III/2024")]
    [InlineData("Quý 1/2025 - Quý 4/2025", "Quý 1/2025 - Quý 4/2025")]
    [InlineData("Quý IIa", "Quý IIa")]
    public void A_quarter_numeral_misread_by_either_model_is_read_as_roman(string read, string mended) =>
        Assert.Equal(mended, QuarterNumeral.Mend(read));

    [Theory]
    [InlineData("Tháng 11/202 4", "Tháng 11/2024")]
    [InlineData("Quý IV/202 4", "Quý IV/2024")]
    [InlineData("Năm học 2024- 202 5", "Năm học 2024- 2025")]
    [InlineData("HK H năm học 2024- 2025", "HK II năm học 2024- 2025")]
    [InlineData("HKNH năm học 2024- 2025", "HKII năm học 2024- 2025")]
    [InlineData("HKTII năm học 2025-2026", "HKII năm học 2025-2026")]
    [InlineData("Năm học 2024-- 2025 và 2025 - 2026", "Năm học 2024- 2025 và 2025 - 2026")]
    [InlineData("HKI]", "HKI]")]
    [InlineData("Học kỳ lI năm học 2024- 2025", "Học kỳ lI năm học 2024- 2025")]
    [InlineData("32.000.00 0đ", "32.000.00 0đ")]
    [InlineData("- 202 500 đồng", "- 202 500 đồng")]
    public void Years_cut_before_their_last_digit_and_second_half_years_with_joined_strokes_are_mended(string read, string mended) =>
        Assert.Equal(mended, CellTextRepair.Apply(read));

    /// <summary>Readings from the scan of corpus/mn-hong-nhung (its standard rows: "H" for II, "II" for III before the
    /// name of standard 3) and the fax of corpus/lc-th-thcs-truong-long-a (its criterion cells). A standard's name
    /// names its number; a criterion's name after the standard's number is no standard's name.</summary>
    [Theory]
    [InlineData("TIỂU CHUẨN H: CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ TRẺ", "TIỂU CHUẨN II: CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ TRẺ")]
    [InlineData("Tiêu chuẩn HI - Tiêu chí 2", "Tiêu chuẩn III - Tiêu chí 2")]
    [InlineData("TIÊU CHUẨN II: CÁN BỘ QUẢN LÝ, GIÁO VIÊN VÀ NHÂN VIÊN", "TIÊU CHUẨN II: CÁN BỘ QUẢN LÝ, GIÁO VIÊN VÀ NHÂN VIÊN")]
    [InlineData("TIÊU CHUẨN II: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC", "TIÊU CHUẨN III: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC")]
    [InlineData("Tiêu chuẩn 2: Quan hệ giữa nhà trường, gia đình và xã hội", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội")]
    [InlineData("Tiêu chuẩn 3 - Tiêu chí 1: Khuôn viên, khu sân chơi, bãi tập", "Tiêu chuẩn 3 - Tiêu chí 1: Khuôn viên, khu sân chơi, bãi tập")]
    [InlineData("Tiêu chuẩn 5 - Tiêu chí 2: Tổ chức hoạt động giáo dục cho học sinh", "Tiêu chuẩn 5 - Tiêu chí 2: Tổ chức hoạt động giáo dục cho học sinh")]
    [InlineData("Tiêu chuẩn 1 - \"Tiêu chí 4", "Tiêu chuẩn 1 - Tiêu chí 4")]
    [InlineData("“Tiêu chí", "Tiêu chí")]
    [InlineData("Xây dựng mô hình \"Trường học hạnh phúc\"", "Xây dựng mô hình \"Trường học hạnh phúc\"")]
    [InlineData("Hưởng ứng “Ngày sách Việt Nam”", "Hưởng ứng “Ngày sách Việt Nam”")]
    public void A_standard_numeral_misread_and_a_lone_opening_quote_are_mended(string read, string mended) =>
        Assert.Equal(mended, CellTextRepair.Apply(read));

    /// <summary>Readings from the faxes of corpus/mn-liem-tuyen and corpus/th-xuan-lai and the scan of corpus/thpt-thanh-phu.</summary>
    [Theory]
    [InlineData("1;6 tỷ đồng", "1,6 tỷ đồng")]
    [InlineData("1;5 tỷ (Ngân sách huyện)", "1,5 tỷ (Ngân sách huyện)")]
    [InlineData("ltý 800 triệu đồng", "1 tỷ 800 triệu đồng")]
    [InlineData("l tỷ đồng", "1 tỷ đồng")]
    [InlineData("lớp 1;2", "lớp 1;2")]
    [InlineData("Kinh phí: l triệu", "Kinh phí: 1 triệu")]
    [InlineData("Khoảng tỷ lệ", "Khoảng tỷ lệ")]
    public void An_amount_with_its_unit_misread_is_mended(string read, string mended) =>
        Assert.Equal(mended, CellTextRepair.Apply(read));

    [Theory]
    [InlineData("o0.000.0 00đ")]
    [InlineData("1.2O0.000")]
    [InlineData("HKTI năm học 2023- 2024")]
    [InlineData("Học kỳ lI năm học 2024- 2025")]
    [InlineData("Quý JI/2024")]
    [InlineData("HK lĩ năm học 2024- 2025")]
    [InlineData("7B triệu đồng")]
    [InlineData("1,B tỷ đồng")]
    [InlineData("¬... Khuôn viên, khu sân chơi")]
    [InlineData("`. Khuôn viên, khu sân chơi, bãi tập")]
    [InlineData("2c)")]
    [InlineData("VẦ?,")]
    public void A_cell_reading_no_plan_prints_is_doubted(string read) => Assert.True(CellDoubt.IsDamaged(read));

    [Theory]
    [InlineData("50.000.000đ")]
    [InlineData("1.200.000. 000")]
    [InlineData("HKI năm học 2023-2024")]
    [InlineData("HK II")]
    [InlineData("HK1")]
    [InlineData("Học kỳ 2 năm học 2024-2025")]
    [InlineData("Quý III/2024")]
    [InlineData("Quý 1/2025")]
    [InlineData("3.1. Khuôn viên, khu sân chơi")]
    [InlineData("75 triệu đồng")]
    [InlineData("1,8 tỷ đồng")]
    [InlineData("+ Khuôn viên, khu sân chơi")]
    [InlineData("- Lồng ghép")]
    [InlineData("Lồng ghép")]
    [InlineData("3.5")]
    [InlineData("T9")]
    [InlineData("a)")]
    [InlineData("x")]
    public void A_cell_reading_the_genre_prints_is_not_doubted(string read) => Assert.False(CellDoubt.IsDamaged(read));

    [Theory]
    [InlineData("E t@ = = Q = m= ¬", true)]
    [InlineData("E # ,= Đ ”. K= > = 90 z.", true)]
    [InlineData("Nội dung cải tiến", false)]
    [InlineData("- - x", false)]
    [InlineData("1.200.000. 000", false)]
    public void A_cell_read_as_symbols_is_garbled(string read, bool garbled) => Assert.Equal(garbled, CellDoubt.IsGarbled(read));

    [Theory]
    [InlineData("TGC3. 5", "3.5")]
    [InlineData("T3. 6", "3.6")]
    [InlineData("TCT1. 10", "1.10")]
    [InlineData("5.4, Công tác phổ cập", "5.4")]
    public void A_criterion_cell_code_whose_tc_prefix_a_scan_damaged_still_names_its_criterion(string read, string code) =>
        Assert.Equal(code, Analytics.Ingest.Parsing.CriterionReferences.Parse(read, bare: true)?.Code);

    [Theory]
    [InlineData("Tháng 3.5")]
    [InlineData("Từ 3.2024")]
    public void Text_that_only_starts_with_a_t_is_no_bare_criterion_code(string read) =>
        Assert.Null(Analytics.Ingest.Parsing.CriterionReferences.Parse(read, bare: true)?.Code);

    [Fact]
    public void Running_footer_naming_the_page_and_a_running_title_are_furniture()
    {
        var blocks = new List<Block>
        {
            Text(1, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", 50), Text(1, "Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trang 1", 3250),
            Text(2, "Trường Mầm non Tân Dĩnh - Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025", 60),
            Text(2, "Nội dung", 1500),
            Text(3, "Trường Mầm non Tân Dĩnh - Kế hoạch củi tiến chất lượng giáo dục năm học 2024-2025", 55),
            Text(3, "Nơi nhận", 3250),
        };
        var (body, furniture) = RunningLines.Split(blocks, new Dictionary<int, double> { [1] = 3500, [2] = 3500, [3] = 3500 });
        Assert.Equal(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Nội dung", "Nơi nhận"], body.Cast<TextBlock>().Select(b => b.Text));
        Assert.Equal(3, furniture.Count);
    }

    [Fact]
    public void Header_repeated_on_the_next_page_with_other_misreadings_is_dropped_before_the_join()
    {
        var header = Row("TT", "Tiêu chí", "Mục tiêu cải tiến", "Người thực hiện", "Thời gian", "Kinh phí");
        var repeated = Row("T1 TL", "\"Tiêu chí", "Mục tiêu cải tiến", "Người thực", "Thời gian", "Kinh phí");
        var first = new TableBlock([header, Row("1", "3.2. Phòng", "Có 02 phòng học", "Hiệu", "Từ", "3,2 tỷ")], new Provenance("t", 1, 0));
        var second = new TableBlock([repeated, Row("", "học, phòng học bộ môn", "bộ môn Tin học", "trưởng", "9/2024", "")], new Provenance("t", 2, 1));
        var blocks = RepeatedHeaders.Drop([first, second], (_, _) => true);
        Assert.Equal("học, phòng học bộ môn", ((TableBlock)blocks[1]).Rows[0].Cells[1].Text);
        Assert.Same(first, blocks[0]);
    }

    [Fact]
    public void Header_repeated_on_the_third_page_is_dropped_like_the_one_on_the_second()
    {
        var header = Row("T1 TL", "Tiêu chí", "Nội dung cải tiến", "Người chủ trì", "Thời gian", "Kinh phí");
        var first = new TableBlock([header, Row("1", "3.6. Thư viện", "Thư viện có phòng đọc", "Hiệu trưởng", "Hè 2025", "60 triệu")], new Provenance("t", 1, 0));
        var second = new TableBlock([Row("9", "5.2. Tổ chức hoạt động giáo dục cho học sinh", "Phụ đạo 02 buổi", "Phó Hiệu trưởng", "Cả năm học", "")], new Provenance("t", 2, 1));
        var third = new TableBlock([Row("T W", "Tiêu chí", "Nội dung cải tiến", "Người chủ trì", "Thời gian", "Kinh phí"), Row("", "học sinh gặp khó khăn", "", "", "", "")],
            new Provenance("t", 3, 2));
        var blocks = RepeatedHeaders.Drop([first, second, third], (_, _) => true);
        Assert.Equal("học sinh gặp khó khăn", ((TableBlock)blocks[2]).Rows[0].Cells[1].Text);
    }

    /// <summary>Regression (thcs-kha-son's photo twin, page 2 as the product read it): the header's second row of
    /// months, under "TT" and "Tiêu chí" merged down over it, was misread ("v9 1", "## 2", "1h 4") and kept as data,
    /// so the row the page break split was not glued back.</summary>
    [Fact]
    public void Second_header_row_under_cells_merged_down_is_dropped_with_the_repeated_first()
    {
        var first = new TableBlock([MergedHeader("TT", "Tiêu chí", "Thời gian thực hiện"), Months("T 9", "T 1", "T 2"),
            Row("3", "3.4", "Khoan 01 giếng, lắp bồn chứa", "", "x", "x")], new Provenance("t", 1, 0));
        var second = new TableBlock([MergedHeader("ý lgb", "Tiêu chí", "Thời gian thực hiện"), Months("T 9", "v9 1", "## 2"),
            Row("", "", "sinh học sinh", "", "", ""), Row("4", "1.8", "Kiểm tra, đánh giá", "x", "x", "x")], new Provenance("t", 2, 1));

        var blocks = RepeatedHeaders.Drop([first, second], (_, _) => true);

        Assert.Equal(["", "4"], ((TableBlock)blocks[1]).Rows.Select(r => r.Cells[0].Text));
    }

    private static TableRow MergedHeader(string number, string criterion, string months) =>
        new([new TableCell(0, number, RowSpan: 2), new TableCell(1, criterion, RowSpan: 2), new TableCell(2, "Nội dung", RowSpan: 2),
            new TableCell(3, months, ColumnSpan: 3)]);

    private static TableRow Months(params string[] months) =>
        new([new TableCell(0, "", IsMergedContinuation: true), new TableCell(1, "", IsMergedContinuation: true),
            new TableCell(2, "", IsMergedContinuation: true), .. months.Select((m, i) => new TableCell(3 + i, m))]);

    [Fact]
    public void A_data_row_at_the_top_of_the_next_page_is_not_taken_for_the_header()
    {
        var first = new TableBlock([Row("TT", "Tiêu chí", "Thời gian"), Row("1", "3.1. Khuôn viên", "Quý I/2025")], new Provenance("t", 1, 0));
        var second = new TableBlock([Row("2", "3.2. Phòng học", "Hè 2025"), Row("3", "3.6. Thư viện", "HK II")], new Provenance("t", 2, 1));
        Assert.Same(second, RepeatedHeaders.Drop([first, second], (_, _) => true)[1]);
    }

    [Fact]
    public void A_row_of_ticks_after_the_page_break_is_the_next_criterion_not_the_rest_of_the_last_row()
    {
        var header = Row("Tiêu chí", "Không đạt", "Mức 1", "Mức 2", "Mức 3");
        var first = new TableBlock([header, Row("Tiêu chí 2.3", "", "", "x", "")], new Provenance("t", 1, 0));
        var second = new TableBlock([Row("\"Tiêu chí", "Khôn ø đạt", "Mức 1", "Mức 2", "Mức 3"), Row("Tiêu chí 2.4", "", "", "", "x")], new Provenance("t", 2, 1));
        var joined = (TableBlock)Assert.Single(ScannedTableJoin.Join([first, second],
            new Dictionary<Provenance, IReadOnlyList<double>> { [first.Provenance] = [0, 10, 20, 30, 40, 50], [second.Provenance] = [5, 15, 25, 35, 45, 55] }));
        Assert.Equal(["Tiêu chí", "Tiêu chí 2.3", "Tiêu chí 2.4"], joined.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void A_year_cut_by_the_page_break_between_its_digits_is_whole_after_the_join()
    {
        var header = Row("STT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí");
        var first = new TableBlock([header, Row("4", "5.4. Công tác phổ cập", "Hồ sơ phổ cập được cập nhật", "Tháng 11/202", "Không")], new Provenance("t", 1, 0));
        var second = new TableBlock([Row("S T T", "\"Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"), Row("", "giáo dục tiểu học", "đầy đủ trên phần mềm", "4", "")],
            new Provenance("t", 2, 1));
        var joined = (TableBlock)Assert.Single(ScannedTableJoin.Join([first, second],
            new Dictionary<Provenance, IReadOnlyList<double>> { [first.Provenance] = [0, 10, 20, 30, 40, 50], [second.Provenance] = [5, 15, 25, 35, 45, 55] }));
        Assert.Equal("Tháng 11/2024", joined.Rows[1].Cells[3].Text);
    }

    [Fact]
    public void Only_the_row_the_page_break_cut_is_mended_again_after_the_join()
    {
        // "Quý Il" stands for a reading the cell reader chose to keep (a row left as its page gave it is not re-read).
        var header = Row("STT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí");
        var kept = Row("3", "5.3. Hoạt động trải nghiệm", "Tổ chức ngoại khóa", "Quý Il", "Không");
        var first = new TableBlock([header, kept, Row("4", "5.4. Công tác phổ cập", "Hồ sơ phổ cập được cập nhật", "Tháng 11/202", "Không")], new Provenance("t", 1, 0));
        var second = new TableBlock([Row("", "giáo dục tiểu học", "đầy đủ trên phần mềm", "4", "")], new Provenance("t", 2, 1));
        var joined = (TableBlock)Assert.Single(ScannedTableJoin.Join([first, second],
            new Dictionary<Provenance, IReadOnlyList<double>> { [first.Provenance] = [0, 10, 20, 30, 40, 50], [second.Provenance] = [5, 15, 25, 35, 45, 55] }));
        Assert.Same(kept, joined.Rows[1]);
        Assert.Equal("Tháng 11/2024", joined.Rows[2].Cells[3].Text);
    }

    private static TextBlock Text(int page, string text, double top) =>
        new(TextKind.Paragraph, text, new Provenance("t", page, 0, new BoundingBox(100, top, 2400, top + 40)), 0.95);

    private static TableRow Row(params string[] texts) => new(texts.Select((t, i) => new TableCell(i, t)).ToList());
}
