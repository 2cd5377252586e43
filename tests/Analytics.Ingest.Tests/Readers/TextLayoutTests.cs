using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.PlainText;

public sealed class TextLayoutTests
{
    [Fact]
    public void Roman_numeral_sections_and_capital_title_lines_are_headings()
    {
        var document = TextReaderFixture.Read("KẾ HOẠCH\n\nI. MỤC ĐÍCH YÊU CẦU\n\n1. Xây dựng kế hoạch cải tiến.\n\n- Một ý.\n\nVăn bản thường.");
        var blocks = document.Blocks.Cast<TextBlock>().ToList();
        Assert.Equal([TextKind.Heading, TextKind.Heading, TextKind.ListItem, TextKind.ListItem, TextKind.Paragraph], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Numbered_item_starting_with_digit_one_is_not_a_roman_heading()
    {
        var block = Assert.IsType<TextBlock>(Assert.Single(TextReaderFixture.Read("1. Xây dựng kế hoạch cải tiến chất lượng giáo dục.").Blocks));
        Assert.Equal(TextKind.ListItem, block.Kind);
    }

    [Fact]
    public void Hard_wrapped_lines_of_one_paragraph_are_joined_even_across_a_blank_line()
    {
        var text = "Can cu Thong tu so 17/2018/TT-BGDDT ngay 22 thang 8 nam 2018 cua Bo\ntruong Bo Giao duc va Dao tao ban hanh Quy dinh;\n\n2. Tren co so ket qua da dat duoc sau danh gia ngoai xay dung ke hoach va\n\ndua ra cac giai phap.";
        var blocks = TextReaderFixture.Read(text).Blocks.Cast<TextBlock>().ToList();
        Assert.Equal(2, blocks.Count);
        Assert.EndsWith("ban hanh Quy dinh;", blocks[0].Text);
        Assert.EndsWith("xay dung ke hoach va dua ra cac giai phap.", blocks[1].Text);
    }

    [Fact]
    public void Tab_table_row_continued_on_the_next_physical_line_stays_a_separate_row_for_the_parser()
    {
        var text = "TT\tTên tiêu chí\tKết quả cần đạt\tThời gian\n\t\tTiêu chuẩn 3: Cơ sở vật chất\t\t\n15\tTiêu chí 3.1: Khuôn viên\tLàm sân, cổng trường và\tQuý 1/2024\n\n\t\thàng rào điểm trường\t\n\nII. TIẾP THEO";
        var document = TextReaderFixture.Read(text);
        var table = TextReaderFixture.SingleTable(document);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["", "", "hàng rào điểm trường", ""], TextReaderFixture.Cells(table.Rows[3]));
        Assert.IsType<TextBlock>(document.Blocks[^1]);
    }

    [Fact]
    public void Cell_with_a_line_break_that_split_its_row_is_joined_back()
    {
        var text = "Tiêu chí\tNgười thực hiện\tKinh phí\tGiải pháp\tThời gian\nTiêu chí 3.1\tBGH\t3 tỷ\tXây tường\nvà cổng\tNăm 2024\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Tiêu chí 3.1", "BGH", "3 tỷ", "Xây tường\nvà cổng", "Năm 2024"], TextReaderFixture.Cells(table.Rows[1]));
    }

    [Fact]
    public void One_cell_per_line_table_is_rebuilt_with_rows_of_the_header_width()
    {
        var text = string.Join('\n',
            "III. NỘI DUNG",
            "\tTT", "\tTiêu chuẩn, tiêu chí", "\tKết quả cần đạt", "\tThời gian", "\tDự kiến kinh phí",
            "",
            "\t1", "\tTiêu chuẩn 3: Cơ sở vật chất",
            "",
            "\t ", "\tTiêu chí 3.2. Khối phòng", "\tCác phòng chưa lắp sàn gỗ.", "", "Phòng âm nhạc", "chưa gắn kính", "\tTháng 12/2022", "\t294.157.000", "", "Nguồn điều tiết",
            "",
            "\t", "\tTiêu chí 3.3. Khối hành chính", "\tNới rộng nhà xe", "\tNăm 2023", "\tKhông",
            "",
            "VI. TỔ CHỨC THỰC HIỆN");
        var document = TextReaderFixture.Read(text);
        var table = TextReaderFixture.SingleTable(document);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["1", "Tiêu chuẩn 3: Cơ sở vật chất"], TextReaderFixture.Cells(table.Rows[1]));
        Assert.Equal(["", "Tiêu chí 3.2. Khối phòng", "Các phòng chưa lắp sàn gỗ.\nPhòng âm nhạc\nchưa gắn kính", "Tháng 12/2022", "294.157.000\nNguồn điều tiết"], TextReaderFixture.Cells(table.Rows[2]));
        Assert.Equal("Tiêu chí 3.3. Khối hành chính", table.Rows[3].Cells[1].Text);
        Assert.Equal("VI. TỔ CHỨC THỰC HIỆN", Assert.IsType<TextBlock>(document.Blocks[^1]).Text);
    }

    [Fact]
    public void Pipe_table_from_ocr_takes_wrapped_lines_into_the_widest_cell()
    {
        var text = "1 | Xay dung ke hoach thuc hien cai tien | Thang 8/2022\nchat luong giao duc trong nam hoc.\n\n2 | Trien khai cac bien phap | Ca nam hoc\ncac tieu chi moi.\n\n\nTiep tuc kiem tra.";
        var document = TextReaderFixture.Read(text);
        var table = TextReaderFixture.SingleTable(document);
        Assert.Equal(["1", "Xay dung ke hoach thuc hien cai tien chat luong giao duc trong nam hoc.", "Thang 8/2022"], TextReaderFixture.Cells(table.Rows[0]));
        Assert.Equal("Trien khai cac bien phap cac tieu chi moi.", table.Rows[1].Cells[1].Text);
        Assert.Equal("Tiep tuc kiem tra.", Assert.IsType<TextBlock>(document.Blocks[^1]).Text);
    }

    [Fact]
    public void Html_paragraphs_breaks_and_entities_in_cells_become_lines()
    {
        var text = "Tiêu chí\tNội dung công việc\tThời gian\nTiêu chí 1.1\t<p>1. Rà soát &amp; điều chỉnh.</p> <p>2. Tham mưu.</p>\tNăm 2024<br>Năm 2025\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal("1. Rà soát & điều chỉnh.\n2. Tham mưu.", table.Rows[1].Cells[1].Text);
        Assert.Equal("Năm 2024\nNăm 2025", table.Rows[1].Cells[2].Text);
    }

    [Fact]
    public void Angle_bracketed_web_address_in_a_paragraph_is_kept()
    {
        var block = Assert.IsType<TextBlock>(Assert.Single(TextReaderFixture.Read("Trang thông tin: <http://lequydon.edu.vn>.").Blocks));
        Assert.Contains("<http://lequydon.edu.vn>", block.Text);
    }
}
