using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using SourceDocument = Analytics.Ingest.Model.SourceDocument;
using TextKind = Analytics.Ingest.Model.TextKind;
using Analytics.Ingest.Readers.Docx;
using static Analytics.Ingest.Tests.Docx.DocxFactory;
using Vml = DocumentFormat.OpenXml.Vml;
using ModelTable = Analytics.Ingest.Model.TableBlock;
using ModelText = Analytics.Ingest.Model.TextBlock;

namespace Analytics.Ingest.Tests.Docx;

public sealed class DocxReaderTests
{
    private static SourceDocument Read(Analytics.Ingest.Readers.SourceFile file)
    {
        var result = new DocxReader().Read(file);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static List<ModelText> Texts(SourceDocument document) => document.Blocks.OfType<ModelText>().ToList();

    [Fact]
    public void Body_paragraphs_come_in_document_order_with_accents_in_nfc()
    {
        var decomposed = "Kế hoạch cải tiến".Normalize(System.Text.NormalizationForm.FormD);
        var document = Read(Body(Para(decomposed), Para("   "), Para("Trường Tiểu học Lê Quý Đôn")));

        Assert.Equal(["Kế hoạch cải tiến", "Trường Tiểu học Lê Quý Đôn"], Texts(document).Select(t => t.Text));
        Assert.Equal([0, 1], document.Blocks.Select(b => b.Provenance.Index));
        Assert.Equal("docx", document.Format);
    }

    [Fact]
    public void Heading_level_comes_from_style_outline_level_or_style_name()
    {
        var file = Build((main, body) =>
        {
            AddStyles(main,
                HeadingStyle("Heading1", "heading 1", 0),
                new Style(new StyleName { Val = "heading 2" }) { Type = StyleValues.Paragraph, StyleId = "Muc2" },
                new Style(new StyleName { Val = "Child" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "Child" });
            body.Append(
                Para("I. MỤC ĐÍCH, YÊU CẦU", "Heading1"),
                Para("1. Mục đích", "Muc2"),
                Para("Kế thừa", "Child"),
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 2 }), Run("Trực tiếp")),
                Para("Nội dung thường"));
        });
        var texts = Texts(Read(file));

        Assert.Equal([1, 2, 1, 3, null], texts.Select(t => t.HeadingLevel));
        Assert.Equal(TextKind.Heading, texts[0].Kind);
        Assert.Equal(TextKind.Paragraph, texts[4].Kind);
    }

    [Fact]
    public void List_labels_are_rendered_from_numbering_definitions()
    {
        var file = Build((main, body) =>
        {
            AddNumbering(main,
                Abstract(1,
                    Level(0, NumberFormatValues.UpperRoman, "%1."),
                    Level(1, NumberFormatValues.Decimal, "%1.%2."),
                    Level(2, NumberFormatValues.LowerLetter, "%3)")),
                Abstract(2, Level(0, NumberFormatValues.Bullet, "\uF0B7")),
                Abstract(3, Level(0, NumberFormatValues.Decimal, "Tiêu chí %1:", start: 5)),
                Num(1, 1), Num(2, 2), Num(3, 3));
            body.Append(
                Para("Mục đích", numId: 1),
                Para("Phát huy", numId: 1, level: 1),
                Para("Khắc phục", numId: 1, level: 1),
                Para("điểm a", numId: 1, level: 2),
                Para("điểm b", numId: 1, level: 2),
                Para("Thực trạng", numId: 1),
                Para("Kết quả", numId: 1, level: 1),
                Para("gạch đầu dòng", numId: 2),
                Para("bắt đầu từ năm", numId: 3));
        });
        var texts = Texts(Read(file));

        Assert.Equal(["I.", "I.1.", "I.2.", "a)", "b)", "II.", "II.1.", "•", "Tiêu chí 5:"], texts.Select(t => t.ListLabel));
        Assert.All(texts, t => Assert.Equal(TextKind.ListItem, t.Kind));
        Assert.Equal("Phát huy", texts[1].Text);
    }

    [Fact]
    public void Numbering_restarts_with_start_override_and_continues_across_instances_without_one()
    {
        var file = Build((main, body) =>
        {
            AddNumbering(main,
                Abstract(1, Level(0, NumberFormatValues.Decimal, "%1.")),
                Num(1, 1), Num(2, 1), Num(3, 1, restartAt: 1));
            body.Append(Para("a", numId: 1), Para("b", numId: 1), Para("c", numId: 2), Para("d", numId: 3), Para("e", numId: 3));
        });

        Assert.Equal(["1.", "2.", "3.", "1.", "2."], Texts(Read(file)).Select(t => t.ListLabel));
    }

    [Fact]
    public void Line_breaks_become_newlines_and_tabs_are_kept()
    {
        var paragraph = new Paragraph(new Run(
            new WordText("Số: 207/KH-LQĐ"), new TabChar(), new WordText("Tiền Giang"), new Break(),
            new WordText("ngày 14 tháng 10"), new CarriageReturn(), new WordText("năm 2024")));
        var text = Assert.Single(Texts(Read(Body(paragraph))));

        Assert.Equal("Số: 207/KH-LQĐ\tTiền Giang\nngày 14 tháng 10\nnăm 2024", text.Text);
    }

    [Fact]
    public void Deleted_revisions_field_codes_and_hidden_runs_are_not_text()
    {
        var paragraph = new Paragraph(
            Run("Thư viện "),
            new DeletedRun(new Run(new DeletedText("cũ "))),
            new Run(new FieldCode(" PAGE ")),
            new Run(new RunProperties(new Vanish()), new WordText("ẩn ")),
            new InsertedRun(Run("đạt chuẩn")));

        Assert.Equal("Thư viện đạt chuẩn", Assert.Single(Texts(Read(Body(paragraph)))).Text);
    }

    [Fact]
    public void Table_keeps_column_spans_vertical_merges_and_grid_before()
    {
        var table = Table(
            Row(Cell("Tiêu chí"), Cell("Kết quả", gridSpan: 2), Cell("Ghi chú")),
            Row(Cell("3.3", vMerge: MergedCellValues.Restart), Cell("Không đạt"), Cell("Mức 1"), Cell("Chưa có phòng bộ môn")),
            Row(Cell("", continueMerge: true), Cell("x"), Cell(""), Cell("")),
            Row(Cell("", vMerge: MergedCellValues.Continue), Cell("y"), Cell(""), Cell("")),
            new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("lệch"), Cell("cuối", gridSpan: 2)));
        var block = Assert.IsType<ModelTable>(Assert.Single(Read(Body(table)).Blocks));

        Assert.Equal(4, block.ColumnCount);
        Assert.Equal([0, 1, 3], block.Rows[0].Cells.Select(c => c.Column));
        Assert.Equal(2, block.Rows[0].Cells[1].ColumnSpan);
        var merged = block.Rows[1].Cells[0];
        Assert.Equal(("3.3", 3), (merged.Text, merged.RowSpan));
        Assert.True(block.Rows[2].Cells[0].IsMergedContinuation);
        Assert.True(block.Rows[3].Cells[0].IsMergedContinuation);
        Assert.Equal("", block.Rows[3].Cells[0].Text);
        Assert.Equal("y", block.Rows[3].CellAt(1)!.Text);
        Assert.Equal([1, 2], block.Rows[4].Cells.Select(c => c.Column));
        Assert.Equal("cuối", block.Rows[4].CellAt(3)!.Text);
    }

    [Fact]
    public void Cell_paragraphs_are_joined_with_newlines_and_keep_list_labels()
    {
        var file = Build((main, body) =>
        {
            AddNumbering(main, Abstract(1, Level(0, NumberFormatValues.Bullet, "-")), Num(1, 1));
            body.Append(Table(
                Row(Cell("Nội dung"), Cell("Biện pháp")),
                Row(Cell("Thư viện"), CellOf(Para("Mua sách"), Para("Sửa kệ", numId: 1), Para("Bổ sung bàn ghế", numId: 1)))));
        });
        var block = Assert.IsType<ModelTable>(Assert.Single(Read(file).Blocks));

        Assert.Equal("Mua sách\n- Sửa kệ\n- Bổ sung bàn ghế", block.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Nested_table_is_flattened_into_its_cell_one_line_per_row()
    {
        var inner = Table(Row(Cell("Quý 1"), Cell("50 triệu")), Row(Cell("Quý 2"), Cell("30 triệu")));
        var outer = Table(Row(Cell("Tiêu chí"), Cell("Kinh phí")), Row(Cell("3.1"), CellOf(Para("Theo quý:"), inner, new Paragraph())));
        var block = Assert.IsType<ModelTable>(Assert.Single(Read(Body(outer)).Blocks));

        Assert.Equal("Theo quý:\nQuý 1\t50 triệu\nQuý 2\t30 triệu", block.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Single_cell_layout_table_is_unwrapped_into_its_paragraphs_and_tables()
    {
        var real = Table(Row(Cell("a"), Cell("b")), Row(Cell("c"), Cell("d")));
        var frame = Table(Row(CellOf(Para("KẾ HOẠCH"), real, Para("Hiệu trưởng"))));
        var blocks = Read(Body(Para("Trước"), frame)).Blocks;

        Assert.Equal(4, blocks.Count);
        Assert.Equal("KẾ HOẠCH", Assert.IsType<ModelText>(blocks[1]).Text);
        Assert.Equal("d", Assert.IsType<ModelTable>(blocks[2]).Rows[1].Cells[1].Text);
        Assert.Equal([0, 1, 2, 3], blocks.Select(b => b.Provenance.Index));
    }

    [Fact]
    public void Headers_and_footers_are_furniture_not_body()
    {
        var file = Build((main, body) =>
        {
            var header = main.AddNewPart<DocumentFormat.OpenXml.Packaging.HeaderPart>();
            header.Header = new Header(Para("PHÒNG GD&ĐT MỸ THO"));
            var header2 = main.AddNewPart<DocumentFormat.OpenXml.Packaging.HeaderPart>();
            header2.Header = new Header(Para("PHÒNG GD&ĐT MỸ THO"));
            var footer = main.AddNewPart<DocumentFormat.OpenXml.Packaging.FooterPart>();
            footer.Footer = new Footer(Para("Trang 1"));
            body.Append(Para("Nội dung chính"));
        });
        var document = Read(file);

        Assert.Equal(["Nội dung chính"], Texts(document).Select(t => t.Text));
        Assert.Equal(["PHÒNG GD&ĐT MỸ THO", "Trang 1"], document.Furniture.OfType<ModelText>().Select(t => t.Text));
    }

    [Fact]
    public void Text_box_and_content_control_text_is_read_once()
    {
        OpenXmlElement TextBox(string text) => new Vml.Shape(new Vml.TextBox(new TextBoxContent(Para(text))));
        var alternate = new AlternateContent(
            new AlternateContentChoice(new Picture(TextBox("Trong hộp"))) { Requires = "wps" },
            new AlternateContentFallback(new Picture(TextBox("Trong hộp"))));
        var anchor = new Paragraph(Run("Đoạn neo"), new Run(alternate));
        var control = new SdtBlock(new SdtProperties(), new SdtContentBlock(Para("Trong điều khiển")));
        var texts = Texts(Read(Body(anchor, control))).Select(t => t.Text).ToList();

        Assert.Equal(["Đoạn neo", "Trong hộp", "Trong điều khiển"], texts);
    }
}
