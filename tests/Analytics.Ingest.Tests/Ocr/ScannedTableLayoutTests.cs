using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class ScannedTableLayoutTests
{
    private static TableBlock Table(int page, params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select((t, i) => new TableCell(i, t)).ToList())).ToList(), new Provenance("scan.tif", page, 0, new BoundingBox(0, 0, 1, 1)));

    [Fact]
    public void Table_cut_by_a_page_break_is_one_table_even_when_the_page_sits_elsewhere_on_the_glass()
    {
        var first = Table(2, ["Tiêu chí", "Nội dung", "Kinh phí"], ["Tiêu chí 1.1", "Sửa mái", "10 triệu"]);
        var second = Table(3, ["Tiêu chí 1.2", "Mua bàn ghế", "5 triệu"]);
        var pageNumber = new TextBlock(TextKind.Paragraph, "- 2 -", new Provenance("scan.tif", 2, 1));
        // Page 3 was scanned shifted 40 px right and 2 % larger: same columns relative to the table.
        var columns = new Dictionary<Provenance, IReadOnlyList<double>>
        {
            [first.Provenance] = [300, 700, 1500, 2000],
            [second.Provenance] = [340, 748, 1564, 2074],
        };

        var joined = ScannedTableJoin.Join([first, pageNumber, second], columns);

        var table = Assert.IsType<TableBlock>(Assert.Single(joined));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Tiêu chí 1.2", table.Rows[2].Cells[0].Text);
    }

    [Fact]
    public void Tables_with_different_columns_on_consecutive_pages_stay_apart()
    {
        var first = Table(2, ["Tiêu chí", "Nội dung", "Kinh phí"]);
        var second = Table(3, ["TT", "Họ tên", "Chức vụ"]);
        var columns = new Dictionary<Provenance, IReadOnlyList<double>>
        {
            [first.Provenance] = [300, 700, 1500, 2000],
            [second.Provenance] = [300, 450, 1700, 2000],
        };

        Assert.Equal(2, ScannedTableJoin.Join([first, second], columns).Count);
    }

    [Theory]
    [InlineData("[Tỷ", 312, "Tỷ")]
    [InlineData("Ngân]", 1100, "Ngân")]
    [InlineData("[1]", 700, "[1]")]
    public void Rule_remnants_are_dropped_only_at_the_cell_border(string text, double left, string expected)
    {
        var word = new OcrWord(text, new BoundingBox(left, 100, left + 100, 140), 0.9, 0, 0);
        Assert.Equal(expected, RuleRemnants.Strip(word, cellLeft: 300, cellRight: 1210, reach: 30)?.Text);
    }

    [Fact]
    public void Lone_l_on_a_cell_border_is_a_rule_not_a_word()
    {
        var word = new OcrWord("l", new BoundingBox(305, 100, 312, 140), 0.5, 0, 0);
        Assert.Null(RuleRemnants.Strip(word, cellLeft: 300, cellRight: 1210, reach: 30));
    }
}
