using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.PlainText;

/// <summary>A plan saved from a spreadsheet as CSV text: quoted cells, ";" or "," between them, cells over several
/// lines, a byte-order mark, label/value records above the table.</summary>
public sealed class CsvExportTests
{
    private const string SemicolonExport =
        "\uFEFF\"Đơn vị\";\"Trường Tiểu học Bình Minh\"\r\n\"Ngày ban hành\";\"05/10/2025\"\r\n\r\n\"Điểm yếu\"\r\n\"1\";\"Thư viện thiếu sách tham khảo.\"\r\n\r\n" +
        "\"STT\";\"Tiêu chí\";\"Biện pháp\";\"Kinh phí\"\r\n\"1\";\"3.3\";\"Mua sách;\r\nvận động phụ huynh\";\"20tr\"\r\n\"2\";\"2.1\";\"Tập huấn \"\"chuyển đổi số\"\"\";\"\"\r\n";

    [Fact]
    public void Semicolon_records_with_a_cell_over_two_lines_are_one_table_row_each()
    {
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(SemicolonExport));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["1", "3.3", "Mua sách;\nvận động phụ huynh", "20tr"], TextReaderFixture.Cells(table.Rows[1]));
        Assert.Equal("Tập huấn \"chuyển đổi số\"", table.Rows[2].Cells[2].Text);
    }

    [Fact]
    public void Label_value_and_numbered_records_above_the_table_are_lines_of_text()
    {
        var texts = TextReaderFixture.Read(SemicolonExport).Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        Assert.Contains("Đơn vị: Trường Tiểu học Bình Minh", texts);
        Assert.Contains("Điểm yếu", texts);
        Assert.Contains(texts, t => t.StartsWith("1. Thư viện thiếu sách", StringComparison.Ordinal));
    }

    [Fact]
    public void Comma_records_are_a_table_too()
    {
        var text = "\"TT\",\"Tiêu chí\",\"Thời gian\",\"Kinh phí\"\n\"1\",\"1.4\",\"Học kỳ I\",\"5.000.000\"\n";
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(text));
        Assert.Equal(["1", "1.4", "Học kỳ I", "5.000.000"], TextReaderFixture.Cells(table.Rows[1]));
    }

    [Fact]
    public void A_quoted_sentence_in_prose_is_not_a_table()
    {
        var text = "Nhà trường phát động phong trào:\n\"Mỗi ngày một cuốn sách\", do Đoàn đội phụ trách.\nCác lớp hưởng ứng.\n";
        Assert.Empty(TextReaderFixture.Read(text).Blocks.OfType<TableBlock>());
    }
}
