using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Criterion codes in the narrow key cells of photographed and scanned plans (issue #13).</summary>
public sealed class CodeCellTests
{
    /// <summary>Regression: page 1 of lc-th-thcs-tra-don's photographed plan, three ruled tables each with a column
    /// headed "Tiêu chí". Read cell by cell, "2.3" came out "rì" (18 %) and the item had no criterion.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void A_code_cell_read_as_no_code_is_read_again_as_a_code()
    {
        var read = DefaultPipeline.Create().Read(SourceFile.FromPath(PrintedPages.PathOf("lc-th-thcs-tra-don-photo-p1.jpg")));

        Assert.True(read.IsSuccess, read.Error);
        var codes = read.Value.Blocks.OfType<TableBlock>()
            .SelectMany(t => t.Rows.Skip(1))
            .Select(r => r.Cells.FirstOrDefault(c => c.Column == 1)?.Text ?? "")
            .ToList();
        Assert.Contains("2.3", codes);
        Assert.DoesNotContain("rì", codes);
    }
}
