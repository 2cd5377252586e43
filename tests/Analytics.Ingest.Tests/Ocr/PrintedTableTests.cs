using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Pdf;
using Analytics.Ingest.Tests.Golden;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>A corpus plan the way an office receives it: printed by LibreOffice from the PDF, rasterised by
/// pdftoppm at 150 dpi and degraded as a grey scan (−0.6° skew, blur, noise, JPEG q60, stamp and signature),
/// made by the scan-twins script (print-twins.py, family scan, seed 62372). Its word processor's tables have
/// thin rules, a self-assessment table with ticks under Không đạt / Mức 1 / 2 / 3, and an item table.</summary>
public sealed class PrintedTableTests(ITestOutputHelper output)
{
    private const string Scan = "thpt-thanh-phu-print-scan.pdf";
    private const string Document = "thpt-thanh-phu.pdf";

    private static SourceDocument Read()
    {
        var read = new ScannedPdfReader(new PdfReader()).Read(SourceFile.FromPath(OcrSamples.PathOf(Scan)));
        Assert.True(read.IsSuccess, read.Error);
        return read.Value;
    }

    [Fact]
    public void Scanned_assessment_table_keeps_its_rows_and_reads_each_tick_in_its_column()
    {
        var tables = Read().Blocks.OfType<TableBlock>().ToList();
        var assessment = Assert.Single(tables, t => t.Rows.Any(r => r.Cells[0].Text == "Tiêu chí 3.4"));

        Assert.Equal(12, assessment.Rows.Count);
        Assert.Equal(6, assessment.ColumnCount);
        // Rows: two header rows, then criteria 2.1 … 3.6; columns: criterion, Không đạt, Mức 1, 2, 3, note.
        var ticks = assessment.Rows.Skip(2).Select(r => (r.Cells[0].Text, Column: r.Cells.Single(c => c.Text == "x").Column)).ToList();
        Assert.Equal(
            [("Tiêu chí 2.1", 3), ("Tiêu chí 2.2", 2), ("Tiêu chí 2.3", 3), ("Tiêu chí 2.4", 3), ("Tiêu chí 3.1", 2),
             ("Tiêu chí 3.2", 2), ("Tiêu chí 3.3", 2), ("Tiêu chí 3.4", 1), ("Tiêu chí 3.5", 3), ("Tiêu chí 3.6", 2)],
            ticks);
        Assert.Equal("Khu vệ sinh nam học sinh hư hỏng nặng", assessment.Rows[9].Cells[5].Text);
    }

    [Fact]
    public void Scanned_plan_table_keeps_one_row_per_criterion_with_its_cells_apart()
    {
        var items = Assert.Single(Read().Blocks.OfType<TableBlock>(), t => t.Rows.Any(r => r.Cells.Any(c => c.Text.StartsWith("Tiêu chí 3.6:", StringComparison.Ordinal))));

        Assert.Equal(7, items.Rows.Count);
        Assert.Equal(8, items.ColumnCount);
        Assert.Equal(["Tiêu chí 2.2", "Tiêu chí 3.1", "Tiêu chí 3.2", "Tiêu chí 3.3", "Tiêu chí 3.4", "Tiêu chí 3.6"],
            items.Rows.Skip(1).Select(r => r.Cells[1].Text.Split(':')[0]).ToList());
        Assert.Equal("Hè 2025", items.Rows[3].Cells[5].Text);
        Assert.Equal("Ngân sách tỉnh", items.Rows[3].Cells[7].Text);
    }

    [Fact]
    public void Scanned_plan_gives_its_items_criterion_budget_and_timeline_and_its_assessments()
    {
        var expected = ExpectedOutcome.Load(GoldenCorpus.ExpectedPath(Document));
        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(OcrSamples.PathOf(Scan), Document));
        var comparison = DocumentComparison.Of(Document, expected, outcome);
        output.WriteLine($"item F1 {comparison.Items.F1:F3}");
        output.WriteLine(comparison.Describe());

        var record = Assert.Single(outcome.Records);
        Assert.Equal(["2.2", "3.1", "3.2", "3.3", "3.4", "3.6"], record.Items.Select(i => i.Criterion).ToList());
        Assert.Equal(10, record.Assessments.Count);
        Assert.Equal("khong-dat", record.Assessments.Single(a => a.Criterion == "3.4").Result);
        // Measured: five of six amounts and timelines exact; OCR reads "1 tỷ 800 triệu" as "ltỷ 800 triệu" and
        // "Quý III" as "Quý II1".
        long?[] budgets = [18_000_000, 2_300_000_000, 1_800_000_000, 420_000_000, 260_000_000, 40_000_000];
        string?[] starts = ["2025-04", "2025-05", "2025-06", "2025-07", "2025-01", "2025-09"];
        Assert.True(record.Items.Zip(budgets).Count(p => p.First.Budget?.Vnd == p.Second) >= 5, "budgets");
        Assert.True(record.Items.Zip(starts).Count(p => p.First.Timeline?.Start == p.Second) >= 5, "timelines");
    }
}
