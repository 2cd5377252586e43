using Analytics.Ingest.Parsing;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.ParserFixture;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the eighth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 8"), each on a plain-text plan of its own rather than the held-out documents, read end to end by the
/// text reader and the parser.</summary>
public sealed class HeldOutRoundEightRuleTests
{
    [Fact]
    public void A_tab_table_whose_header_runs_over_two_lines_charts_the_marked_terms()
    {
        var record = Single(WithHead(string.Join('\n',
            "II. NỘI DUNG CẢI TIẾN",
            "TT\tTiêu chí\tKết quả cần đạt\tGiải pháp\tThời gian\t\t\tNgười phụ trách\tKinh phí",
            "\t\t\t\tHKI\tHKII\tHè 2025\t\t",
            "1\t3.6\tThư viện có góc đọc ngoài trời\tĐóng 04 giá sách đặt ở hành lang\t\tx\tx\tNhân viên thư viện\t8.000.000 đ",
            "2\t2.2\tGiáo viên dạy tích hợp\tTổ chức 03 chuyên đề\tx\tx\t\tPhó Hiệu trưởng\tKhông",
            "",
            "III. TỔ CHỨC THỰC HIỆN")));
        var library = Item(record, "3.6");
        Assert.Equal(new Timeline("HKII; Hè 2025", "2025-01", "2025-08"), library.Timeline);
        Assert.Equal("Nhân viên thư viện", library.Lead);
        Assert.Equal(8_000_000, library.Budget?.Vnd);
        Assert.Equal(new Timeline("HKI; HKII", "2024-09", "2025-05"), Item(record, "2.2").Timeline);
    }

    [Fact]
    public void A_table_laid_out_with_spaces_and_cells_wrapped_in_their_columns_gives_one_item_per_row()
    {
        var record = Single(WithHead(string.Join('\n',
            "II. KẾ HOẠCH",
            "",
            " TT   Tiêu chí   Mục tiêu               Biện pháp                  Thời gian       Kinh phí",
            "",
            " 1    3.4        Nhà vệ sinh đủ         Lắp 06 vòi rửa tay cho     Quý I/2025      12.000.000 đ",
            "                 nước sạch              học sinh",
            "",
            " 2    3.6        Thư viện có thêm       Vận động cha mẹ học sinh   Cả năm học      Không",
            "                 200 đầu sách           ủng hộ sách",
            "",
            "III. TỔ CHỨC THỰC HIỆN",
            "Hiệu trưởng chỉ đạo chung.")));
        Assert.Equal(2, record.Items.Count);
        var toilets = Item(record, "3.4");
        Assert.Equal("Nhà vệ sinh đủ nước sạch", toilets.Target);
        Assert.Equal("Lắp 06 vòi rửa tay cho học sinh", toilets.Actions);
        Assert.Equal(new Timeline("Quý I/2025", "2025-01", "2025-03"), toilets.Timeline);
        Assert.Equal("Thư viện có thêm 200 đầu sách", Item(record, "3.6").Target);
    }

    [Fact]
    public void Bullets_under_a_criterion_heading_with_their_fields_in_a_bracket_are_one_item_each()
    {
        var record = Single(WithHead(string.Join('\n',
            "II. KẾ HOẠCH CẢI TIẾN",
            "Tiêu chí 3.1: Khuôn viên, khu sân chơi, bãi tập",
            "- Trồng 10 cây bóng mát quanh sân (thời gian: tháng 3/2025; phụ trách: Tổng phụ trách Đội; kinh phí: 9 triệu đồng, nguồn xã hội hóa).",
            "- Lát lại 200 m2 sân bị lún (thời gian: hè 2025; phụ trách: Hiệu trưởng; kinh phí: 120 triệu đồng, nguồn ngân sách huyện).",
            "",
            "III. TỔ CHỨC THỰC HIỆN")));
        Assert.Equal(2, record.Items.Count);
        var trees = record.Items[0];
        Assert.Equal("3.1", trees.Criterion);
        Assert.Equal("Trồng 10 cây bóng mát quanh sân", trees.Actions);
        Assert.Null(trees.Target);
        Assert.Equal("Tổng phụ trách Đội", trees.Lead);
        Assert.Equal(new Timeline("tháng 3/2025", "2025-03", "2025-03"), trees.Timeline);
        Assert.Equal(9_000_000, trees.Budget?.Vnd);
        Assert.Equal(120_000_000, record.Items[1].Budget?.Vnd);
        Assert.Equal("Hiệu trưởng", record.Items[1].Lead);
    }

    [Fact]
    public void A_numbered_activity_naming_its_criterion_before_the_colon_opens_it_and_one_line_of_fields_fills_it()
    {
        var record = Single(WithHead(string.Join('\n',
            "III. CÁC HOẠT ĐỘNG",
            "Hoạt động 1 (Tiêu chí 3.6): Thư viện có phòng đọc cho học sinh",
            "Cách thực hiện: Sửa phòng kho cũ thành phòng đọc.",
            "Thời gian: học kỳ II năm học 2024-2025; Người phụ trách: Nhân viên thư viện; Kinh phí: 35 triệu đồng (xã hội hóa).",
            "",
            "IV. TỔ CHỨC THỰC HIỆN")));
        var item = Item(record, "3.6");
        Assert.Equal("Thư viện có phòng đọc cho học sinh", item.Target);
        Assert.Equal("Sửa phòng kho cũ thành phòng đọc.", item.Actions);
        Assert.Equal("Nhân viên thư viện", item.Lead);
        Assert.Equal(new Timeline("học kỳ II năm học 2024-2025", "2025-01", "2025-05"), item.Timeline);
        Assert.Equal(35_000_000, item.Budget?.Vnd);
    }

    [Fact]
    public void A_sản_phẩm_dự_kiến_column_is_the_result_not_a_budget() =>
        Assert.Equal(ColumnRole.Target, HeaderVocabulary.RoleOf("Sản phẩm dự kiến"));

    [Fact]
    public void A_school_name_stops_at_the_tab_of_a_two_column_masthead()
    {
        var record = Single("PHÒNG GD&ĐT KIM BẢNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC KIM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-TH\tKim Bảng, ngày 14 tháng 10 năm 2024\n\nKẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025\n\nII. KẾ HOẠCH\nTiêu chí 3.6: Thư viện\n- Mục tiêu: Có góc đọc\n- Kinh phí: 5 triệu đồng");
        Assert.Equal("Trường Tiểu học Kim Đồng", record.School.Name);
        Assert.Equal("2024-10-14", record.Document.Date);
    }
}
