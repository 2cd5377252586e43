using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Xlsx;
using Analytics.Ingest.Tests.BadInput;
using static Analytics.Ingest.Tests.Xlsx.XlsxFactory;

namespace Analytics.Ingest.Tests.Xlsx;

/// <summary>What the workbook reader makes of sheets: text as Excel shows it, tables with the spans a Word
/// table would have, the lines around them as paragraphs, hidden sheets and empty workbooks.</summary>
public sealed class XlsxReaderTests
{
    private static SourceDocument Read(SourceFile file)
    {
        var read = new XlsxReader().Read(file);
        Assert.True(read.IsSuccess, read.Error);
        return read.Value;
    }

    private static TableBlock OnlyTable(SourceDocument document) => Assert.Single(document.Blocks.OfType<TableBlock>());

    private static (string, object, uint)[] Header(int row) =>
        [($"A{row}", "TT", 0), ($"B{row}", "Tiêu chí", 0), ($"C{row}", "Kinh phí", 0), ($"D{row}", "Thời gian", 0)];

    [Theory]
    [InlineData(294157000, 1, "294.157.000")]
    [InlineData(294157000, 4, "294.157.000 đ")]
    [InlineData(294157000, 0, "294157000")]
    [InlineData(-1500000, 1, "-1.500.000")]
    [InlineData(5.5, 0, "5,5")]
    [InlineData(1234.5, 6, "1.234,50")]
    [InlineData(0.125, 5, "12,5%")]
    [InlineData(45587, 2, "22/10/2024")]
    [InlineData(45587, 3, "22/10/2024")]
    [InlineData(45747, 7, "03/2025")]
    public void Number_cell_shows_what_excel_shows_under_vietnamese_settings(double value, uint style, string shown)
    {
        var document = Read(Sheet([.. Header(1), ("A2", 1, 0), ("B2", "Tiêu chí 3.1", 0), ("C2", value, style), ("D2", "Quý I/2025", 0)]));

        Assert.Equal(shown, OnlyTable(document).Rows[1].Cells[2].Text);
    }

    [Fact]
    public void Merged_header_cells_become_column_and_row_spans_as_in_a_word_table()
    {
        var document = Read(Build([new SheetSpec("KH", [
            ("A1", "TT", 0), ("B1", "Tiêu chí", 0), ("C1", "Kinh phí", 0),
            ("C2", "Dự kiến", 0), ("D2", "Nguồn", 0),
            ("A3", 1, 0), ("B3", "Tiêu chí 3.1", 0), ("C3", 5000000, 1), ("D3", "Xã hội hóa", 0),
        ], ["A1:A2", "B1:B2", "C1:D1"])]));

        var table = OnlyTable(document);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(new TableCell(0, "TT", 1, 2), table.Rows[0].Cells[0]);
        Assert.Equal(new TableCell(2, "Kinh phí", 2, 1), table.Rows[0].Cells[2]);
        Assert.Equal(new TableCell(0, "", IsMergedContinuation: true), table.Rows[1].Cells[0]);
        Assert.Equal(["", "", "Dự kiến", "Nguồn"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["1", "Tiêu chí 3.1", "5.000.000", "Xã hội hóa"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Full_width_standard_row_stays_inside_the_table()
    {
        var document = Read(Build([new SheetSpec("KH", [
            .. Header(1),
            ("A2", "Tiêu chuẩn 3: Cơ sở vật chất", 0),
            ("A3", 1, 0), ("B3", "Tiêu chí 3.1", 0), ("C3", "Không", 0), ("D3", "Hè 2025", 0),
        ], ["A2:D2"])]));

        var table = OnlyTable(document);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new TableCell(0, "Tiêu chuẩn 3: Cơ sở vật chất", 4, 1), Assert.Single(table.Rows[1].Cells));
    }

    [Fact]
    public void Title_and_masthead_above_the_table_are_paragraphs_in_reading_order()
    {
        var document = Read(Build([new SheetSpec("KH", [
            ("A1", "TRƯỜNG THCS BẮC LÝ", 0), ("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0),
            ("A3", "KẾ HOẠCH\nCải tiến chất lượng giáo dục", 0),
            .. Header(5),
            ("A6", 1, 0), ("B6", "Tiêu chí 3.1", 0), ("C6", 100, 1), ("D6", "Quý I/2025", 0),
            ("D8", "HIỆU TRƯỞNG", 0),
        ], ["A3:D3"])]));

        Assert.Equal(
            ["TRƯỜNG THCS BẮC LÝ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "Cải tiến chất lượng giáo dục", "TABLE", "HIỆU TRƯỞNG"],
            document.Blocks.Select(b => b is TextBlock t ? t.Text : "TABLE"));
        Assert.Equal(Enumerable.Range(0, 6), document.Blocks.Select(b => b.Provenance.Index));
    }

    [Fact]
    public void Empty_rows_and_columns_are_trimmed_from_the_table()
    {
        var document = Read(Sheet(("C4", "TT", 0), ("E4", "Tiêu chí", 0), ("G4", "Kinh phí", 0), ("C5", 1, 0), ("E5", "3.1", 0), ("G5", 10, 1)));

        var table = OnlyTable(document);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["1", "3.1", "10"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Hidden_sheet_is_skipped()
    {
        var document = Read(Build([
            new SheetSpec("DanhMuc", [("A1", "Tiêu chí 9.9 bí mật", 0)], Hidden: true),
            new SheetSpec("KH", [("A1", "Kế hoạch cải tiến", 0)]),
        ]));

        Assert.Equal("Kế hoạch cải tiến", Assert.IsType<TextBlock>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void Shared_and_inline_strings_are_read_and_kept_accented_in_nfc()
    {
        var decomposed = "Thư viện".Normalize(System.Text.NormalizationForm.FormD);
        var document = Read(Sheet(("A1", decomposed, 0), ("A2", new Inline("Hiệu trưởng"), 0)));

        Assert.Equal(["Thư viện", "Hiệu trưởng"], document.Blocks.Cast<TextBlock>().Select(b => b.Text));
        Assert.True(((TextBlock)document.Blocks[0]).Text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Empty_workbook_is_refused_as_a_document_without_text()
    {
        var outcome = DefaultPipeline.Create().Ingest(Sheet());

        Assert.Equal("no text found (the workbook's visible sheets have no text)", outcome.Error);
    }

    [Fact]
    public void Workbook_with_text_that_is_no_plan_is_not_a_plan()
    {
        var outcome = DefaultPipeline.Create().Ingest(Sheet(
            ("A1", "DANH SÁCH HỌC SINH LỚP 5A", 0),
            ("A3", "STT", 0), ("B3", "Họ và tên", 0), ("C3", "Ngày sinh", 0), ("D3", "Ghi chú", 0),
            ("A4", 1, 0), ("B4", "Nguyễn Văn An", 0), ("C4", 41640, 2), ("D4", "Lớp trưởng", 0),
            ("A5", 2, 0), ("B5", "Trần Thị Bình", 0), ("C5", 41700, 2), ("D5", "", 0)));

        Assert.StartsWith("not a plan", outcome.Error);
    }

    [Fact]
    public void Workbook_past_the_cell_limit_is_refused()
    {
        var cells = Enumerable.Range(1, 50).Select(i => ($"A{i}", (object)$"dòng {i}", 0u)).ToArray();
        var read = new XlsxReader(new IngestLimits { MaxSpreadsheetCells = 20 }).Read(Sheet(cells));

        Assert.Equal("the workbook has more than 20 cells with content (limit reached in sheet \"Sheet1\")", read.Error);
    }

    [Fact]
    public void Merged_range_reaching_a_million_rows_is_refused_not_expanded()
    {
        var read = new XlsxReader(new IngestLimits { MaxSpreadsheetCells = 1000 }).Read(Build([new SheetSpec("KH",
            [("A1", "TT", 0), ("B1", "x", 0), ("C1", "y", 0), ("A1048576", "z", 0)], ["A1:A1048576"])]));

        Assert.StartsWith("sheet \"KH\": the sheet's merged ranges cover more than 1000 rows", read.Error);
    }

    [Fact]
    public void Zip_bomb_posing_as_a_workbook_is_refused()
    {
        var bomb = BadFiles.ZipBomb(16L << 20);

        Assert.Contains("zip bomb", new XlsxReader().Read(new SourceFile("bom.xlsx", bomb)).Error);
    }

    [Fact]
    public void Truncated_workbook_is_refused_as_damaged()
    {
        var whole = Sheet(("A1", "Kế hoạch", 0)).Content.ToArray();

        var read = new XlsxReader().Read(new SourceFile("cụt.xlsx", whole[..(whole.Length / 2)]));

        Assert.Matches("damaged|truncated", read.Error);
    }
}
