using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Tests.Pdf;

/// <summary>Expectations are the texts the fixture generator (tests/fixtures/MakePdfFixtures.cs) put
/// into the DOCX that LibreOffice turned into these PDFs.</summary>
public sealed class PdfReaderTests
{
    internal static SourceFile Fixture(string name) => SourceFile.FromPath(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static SourceDocument Read(string name)
    {
        var result = new PdfReader().Read(Fixture(name));
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static List<string> Paragraphs(SourceDocument document) => document.Blocks.OfType<TextBlock>().Select(t => t.Text).ToList();

    [Fact]
    public void Accented_capitals_stay_whole_words_in_nfc()
    {
        var texts = Paragraphs(Read("plan-tables.pdf"));

        Assert.Contains("I. ĐIỀU KHOẢN CHUNG VÀ NHỮNG ĐIỂM YẾU CẦN KHẮC PHỤC", texts);
        Assert.Contains("II. KẾT QUẢ TỰ ĐÁNH GIÁ", texts);
        Assert.All(texts, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC), t));
    }

    [Fact]
    public void Wrapped_lines_of_one_paragraph_are_joined_with_spaces()
    {
        var texts = Paragraphs(Read("plan-tables.pdf"));

        Assert.Contains("Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường tiểu học, nhà trường xây dựng kế hoạch cải tiến chất lượng như sau.", texts);
    }

    [Fact]
    public void Two_column_letterhead_is_read_one_column_after_the_other()
    {
        var texts = Paragraphs(Read("plan-tables.pdf"));
        int Index(string prefix) => texts.FindIndex(t => t.StartsWith(prefix, StringComparison.Ordinal));

        Assert.True(Index("TRƯỜNG TIỂU HỌC LÊ QUÝ ĐÔN") < Index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.True(Index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < Index("Độc lập - Tự do - Hạnh phúc"));
        Assert.True(Index("Độc lập - Tự do - Hạnh phúc") < Index("Số: 207/KH-LQĐ"));
    }

    [Fact]
    public void Ruled_table_keeps_column_span_and_vertical_merges()
    {
        var tables = Read("plan-tables.pdf").Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, tables.Count);
        var assessment = tables[0];

        Assert.Equal(4, assessment.ColumnCount);
        Assert.Equal(5, assessment.Rows.Count);
        var header = assessment.Rows[0];
        Assert.Equal(("Tiêu chí", 2), (header.CellAt(0)!.Text, header.CellAt(0)!.RowSpan));
        Assert.Equal(("Kết quả", 2), (header.CellAt(1)!.Text, header.CellAt(1)!.ColumnSpan));
        Assert.Equal(("Nội dung không đạt", 2), (header.CellAt(3)!.Text, header.CellAt(3)!.RowSpan));
        Assert.True(assessment.Rows[1].CellAt(0)!.IsMergedContinuation);
        Assert.Equal(["Không đạt", "Đạt"], [assessment.Rows[1].CellAt(1)!.Text, assessment.Rows[1].CellAt(2)!.Text]);
        Assert.Equal(["Tiêu chí 3.3", "x", "", "Chưa có phòng bộ môn (Ngoại ngữ, Tin học)"], assessment.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Cell_paragraphs_are_separated_by_newlines_and_wrapped_lines_by_spaces()
    {
        var plan = Read("plan-tables.pdf").Blocks.OfType<TableBlock>().Last();

        Assert.Equal("Xây dựng phòng học Tin học", plan.Rows[1].CellAt(1)!.Text);
        Assert.Equal("- Lập tờ trình xin kinh phí\n- Mua sắm 35 máy tính", plan.Rows[1].CellAt(2)!.Text);
        Assert.Equal(("Năm 2025", 2), (plan.Rows[1].CellAt(3)!.Text, plan.Rows[1].CellAt(3)!.RowSpan));
        Assert.True(plan.Rows[2].CellAt(3)!.IsMergedContinuation);
        Assert.Equal("45 triệu", plan.Rows[2].CellAt(4)!.Text);
    }

    [Fact]
    public void Table_broken_across_pages_is_joined_with_its_split_rows_glued()
    {
        var document = Read("plan-long.pdf");
        var tables = document.Blocks.OfType<TableBlock>().ToList();

        Assert.Equal(5, tables.Count);
        Assert.All(tables, t => Assert.Equal(11, t.Rows.Count));
        var criteria = tables.SelectMany(t => t.Rows.Skip(1)).Select(r => r.CellAt(0)!.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 5).SelectMany(s => Enumerable.Range(1, 10).Select(i => $"{s}.{i}")), criteria);
        Assert.All(tables.SelectMany(t => t.Rows.Skip(1)), row => Assert.Equal(
            "- Rà soát thực trạng, lập kế hoạch chi tiết\n- Tham mưu UBND phường đầu tư, sửa chữa\n- Huy động xã hội hóa", row.CellAt(2)!.Text));
    }

    [Fact]
    public void Accents_drawn_as_separate_glyphs_join_their_letters()
    {
        var text = Assert.Single(Paragraphs(Read("accents-separate.pdf")), t => t.Contains("KHO"));

        Assert.Contains("DIỀU KHO", text);
        Assert.Contains("Tiéu chi", text);
    }

    [Fact]
    public void Page_without_text_layer_is_reported_for_ocr()
    {
        var reader = new PdfReader();
        var document = reader.Read(Fixture("scan-only.pdf")).Value;
        var quality = Assert.Single(reader.AssessTextLayer(Fixture("scan-only.pdf")).Value);

        Assert.Empty(document.Blocks);
        Assert.Contains(document.Warnings, w => w.Contains("page 1") && w.Contains("OCR"));
        Assert.True(quality.NeedsOcr);
        Assert.Equal(1, quality.Images);
        Assert.False(Assert.Single(reader.AssessTextLayer(Fixture("plan-tables.pdf")).Value).NeedsOcr);
    }

    [Fact]
    public void Blocks_carry_page_numbers_and_boxes()
    {
        var document = Read("plan-long.pdf");

        Assert.All(document.Blocks, b => Assert.NotNull(b.Provenance.Box));
        Assert.Equal(1, document.Blocks[0].Provenance.Page);
        Assert.True(document.Blocks[^1].Provenance.Page > 5);
    }

    [Fact]
    public void Page_numbers_in_the_margin_are_furniture_not_body()
    {
        // LibreOffice prints no page numbers for these fixtures, so use the corpus plan that has "Trang N" footers.
        var path = Analytics.Testing.RepoPaths.Combine("corpus", "mn-liem-tuyen.pdf");
        var document = new PdfReader().Read(SourceFile.FromPath(path)).Value;

        Assert.Equal(["Trang 1", "Trang 2", "Trang 3"], document.Furniture.OfType<TextBlock>().Select(t => t.Text));
        Assert.DoesNotContain(Paragraphs(document), t => t.StartsWith("Trang ", StringComparison.Ordinal));
        Assert.Contains("Hạn chế", Paragraphs(document));
    }
}
