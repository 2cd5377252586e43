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

    /// <summary>Regression: lc-th-thcs-sa-long's header, printed on its side in its narrow columns ("TT", "Tiêu chuẩn",
    /// "Tiêu chí", "Kinh phí"), was read as symbols and letters mixed (": ta 5 r= @ = m lm"), so the table had no
    /// criterion column and the plan gave no item.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Header_printed_on_its_side_is_read_turned()
    {
        var table = Assert.Single(Tables("lc-th-thcs-sa-long-scan-p1.pdf"));

        var header = table.Rows[0].Cells.Select(c => c.Text).ToList();
        Assert.Contains("Tiêu chuẩn", header);
        Assert.Contains("Tiêu chí", header);
    }
}
