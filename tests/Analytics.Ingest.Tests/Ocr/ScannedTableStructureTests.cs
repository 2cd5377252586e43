using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>The rows and columns a scanned printed table becomes, on first pages of the corpus's scan twins (made by
/// scripts/make-print-twins.sh, kept as one-page PDFs in Ocr/Printed) read through the product's default pipeline.</summary>
public sealed class ScannedTableStructureTests
{
    private static List<TableBlock> Tables(string name)
    {
        var read = DefaultPipeline.Create().Read(SourceFile.FromPath(PrintedPages.PathOf(name)));
        Assert.True(read.IsSuccess, read.Error);
        return read.Value.Blocks.OfType<TableBlock>().ToList();
    }

    /// <summary>Regression: th-xuan-tam's full-width row "B. ĐIỂM TRƯỜNG KHE CHUNG" came out as two cells ("B. ĐI" |
    /// "M TRƯỜNG KHE CHUNG"): the stem of its "Ể" stood on the first column boundary, and the closing that mends broken
    /// rules joined it to the rules above and below into one rule through the row.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Full_width_row_with_a_glyph_on_a_column_boundary_stays_one_cell()
    {
        var table = Assert.Single(Tables("th-xuan-tam-scan-p1.pdf"));

        var heading = Assert.Single(table.Rows, r => r.Cells.Any(c => c.Text.Contains("KHE CHUNG")));
        var cell = Assert.Single(heading.Cells);
        Assert.Equal(table.ColumnCount, cell.ColumnSpan);
        Assert.StartsWith("B. Đ", cell.Text);
    }

    /// <summary>Regression: lc-th-thcs-sa-long's header, printed on its side in its narrow columns ("TT", "Tiêu chuẩn",
    /// "Tiêu chí", "Kinh phí"), was read as symbols and letters mixed (": ta 5 r= @ = m lm"), so the table had no
    /// criterion column and the plan gave no item; and the turned words, bridged into vertical runs, made false column
    /// boundaries (10 columns for 9).</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Header_printed_on_its_side_is_read_turned_and_makes_no_column()
    {
        var table = Assert.Single(Tables("lc-th-thcs-sa-long-scan-p1.pdf"));

        Assert.Equal(9, table.ColumnCount);
        var header = table.Rows[0].Cells.Select(c => c.Text).ToList();
        Assert.Contains("Tiêu chuẩn", header);
        Assert.Contains("Tiêu chí", header);
    }
}
