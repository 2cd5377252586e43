using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.PlainText;

/// <summary>Tables of plain-text plans in the layouts of the eighth held-out round: a group heading between tab
/// rows, columns aligned with spaces, a masthead laid out with spaces.</summary>
public sealed class TextTableLayoutTests
{
    [Fact]
    public void A_standard_line_without_tabs_between_tab_rows_is_a_row_of_its_own_not_the_inside_of_a_cell()
    {
        var text = "Mã\tNội dung\tThời gian\tKinh phí\nTiêu chuẩn 3: Cơ sở vật chất\n3.2.a\tCó phòng Tin học\tHè 2025\t200 triệu đồng\t\n3.2.b\tĐủ máy tính\tQuý III/2025\t\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Tiêu chuẩn 3: Cơ sở vật chất"], TextReaderFixture.Cells(table.Rows[1]));
        Assert.Equal("3.2.a", table.Rows[2].Cells[0].Text);
        Assert.Equal("Nội dung", table.Rows[0].Cells[1].Text);
    }

    [Fact]
    public void A_numbered_criterion_line_between_tab_rows_is_a_row_of_its_own_not_the_inside_of_a_cell()
    {
        var text = "TT\tMục tiêu\tBiện pháp\tKinh phí\n1\tTiêu chí 3.2: Phòng học\n1.1\tPhòng không dột\tThay mái tôn\t185 triệu đồng\n2\tTiêu chí 3.6\n2.1\tĐủ sách\tVận động ủng hộ sách\tKhông\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(["1", "Tiêu chí 3.2: Phòng học"], TextReaderFixture.Cells(table.Rows[1]).Where(c => c.Length > 0));
        Assert.Equal("1.1", table.Rows[2].Cells[0].Text);
    }

    [Fact]
    public void A_criterion_line_between_tab_rows_is_a_row_across_the_table()
    {
        var text = "TT\tMục tiêu\tBiện pháp\tKinh phí\nTiêu chí 3.2: Phòng học\n1\tPhòng không dột\tThay mái tôn\t185 triệu đồng\nTiêu chí 3.6\n2\tĐủ sách\tVận động ủng hộ sách\tKhông\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(("Tiêu chí 3.2: Phòng học", 4), (table.Rows[1].Cells[0].Text, table.Rows[1].Cells[0].ColumnSpan));
        Assert.Equal(("Tiêu chí 3.6", 4), (table.Rows[3].Cells[0].Text, table.Rows[3].Cells[0].ColumnSpan));
        Assert.Equal("Biện pháp", table.Rows[0].Cells[2].Text);
    }

    [Fact]
    public void Columns_aligned_with_spaces_are_cut_where_no_line_writes_and_wrapped_cells_are_joined()
    {
        var text = string.Join('\n',
            "II. KẾ HOẠCH",
            " TT   Tiêu chí   Mục tiêu           Thời gian     Kinh phí       Nguồn",
            "",
            " 1    3.2        Đủ bàn ghế cho     Hè 2025       90.000.000 đ   Ngân sách",
            "                 06 phòng học                                    huyện",
            "",
            " 2    3.6        Có góc đọc         Tháng 3/2025  Không",
            "",
            "III. TỔ CHỨC THỰC HIỆN");
        var document = TextReaderFixture.Read(text);
        var table = TextReaderFixture.SingleTable(document);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["1", "3.2", "Đủ bàn ghế cho 06 phòng học", "Hè 2025", "90.000.000 đ", "Ngân sách huyện"], TextReaderFixture.Cells(table.Rows[1]));
        Assert.Equal(["2", "3.6", "Có góc đọc", "Tháng 3/2025", "Không", ""], TextReaderFixture.Cells(table.Rows[2]));
        Assert.Equal("III. TỔ CHỨC THỰC HIỆN", Assert.IsType<TextBlock>(document.Blocks[^1]).Text);
    }

    [Fact]
    public void Prose_and_a_two_column_masthead_are_no_space_aligned_table()
    {
        var text = "PHÒNG GD&ĐT PHÙ MỸ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC MỸ AN          Độc lập - Tự do - Hạnh phúc\n\nNhà trường xây dựng kế hoạch như sau.";
        var document = TextReaderFixture.Read(text);
        Assert.Empty(document.Blocks.OfType<TableBlock>());
        Assert.Equal("TRƯỜNG TIỂU HỌC MỸ AN\tĐộc lập - Tự do - Hạnh phúc", document.Blocks.OfType<TextBlock>().ElementAt(1).Text);
    }
}
