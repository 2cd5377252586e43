using Analytics.Ingest.Model;
using Analytics.Ingest.Text;
using Analytics.Ingest.Text.OcrTone;

namespace Analytics.Ingest.Tests.Text;

/// <summary>The tone and mark repair of text Tesseract's Vietnamese model read. The lines are what the product's OCR
/// read from photographed and scanned twins of the TUNE part (scripts/measure-ocr-tone.sh), each with the
/// confidence the reader gave it.</summary>
public sealed class OcrToneRepairTests
{
    private static readonly TextRepairStage Stage = new(TextModels.Repair);

    private static Provenance At(int i) => new("kh-p1.jpg", 1, i);

    private static SourceDocument Recognised(string cell, double? confidence) => SourceDocument.Create("kh-p1.jpg", "image",
    [
        new TextBlock(TextKind.Paragraph, "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuấn quốc gia đối với trường trung học cơ sở, trường trung học phố thông và trường phố thông có nhiều cấp học;", At(0), confidence),
        new TableBlock([new TableRow([new TableCell(0, "1"), new TableCell(2, cell, Confidence: confidence)])], At(1)),
    ]);

    [Fact]
    public void Real_syllables_read_with_the_wrong_mark_are_put_right_in_recognised_text()
    {
        var repaired = Stage.Apply(Recognised("Tố chức 04 buối tập huấn ứng dụng công nghệ thông tin, soạn bài giảng điện tử cho giáo viên", 0.961));

        var text = Assert.IsType<TextBlock>(repaired.Blocks[0]).Text;
        Assert.Equal("Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;", text);
        var cell = Assert.IsType<TableBlock>(repaired.Blocks[1]).Rows[0].Cells[1];
        Assert.Equal("Tổ chức 04 buổi tập huấn ứng dụng công nghệ thông tin, soạn bài giảng điện tử cho giáo viên", cell.Text);
        Assert.Contains(repaired.Repairs, n => n.Kind == "ocr-tone" && n.Original.StartsWith("Tố chức", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_cell_is_repaired_by_its_own_words()
    {
        var repaired = Stage.Apply(Recognised("Bố sung 600 bản sách tham khảo", 0.962));

        Assert.Equal("Bổ sung 600 bản sách tham khảo", Assert.IsType<TableBlock>(repaired.Blocks[1]).Rows[0].Cells[1].Text);
    }

    [Fact]
    public void Born_digital_text_keeps_its_marks_whatever_they_are()
    {
        var document = Recognised("Tố chức 04 buối tập huấn", confidence: null);

        Assert.Same(document, Stage.Apply(document));
    }

    [Fact]
    public void Recognised_text_that_is_right_comes_back_unchanged()
    {
        var document = SourceDocument.Create("kh.pdf", "pdf",
        [
            new TextBlock(TextKind.Paragraph, "Trường nằm trong vùng có nguy cơ sạt lở đất, lũ quét vào mùa mưa.", At(0), 0.95),
            new TextBlock(TextKind.Paragraph, "Phối hợp Công an xã tổ chức 02 buổi tuyên truyền, diễn tập", At(1), 0.95),
            new TextBlock(TextKind.Paragraph, "Lập hồ sơ đề nghị Ủy ban nhân dân huyện Văn Bàn hỗ trợ kinh phí", At(2), 0.95),
        ]);

        Assert.Same(document, Stage.Apply(document));
    }

    [Fact]
    public void The_channel_prefers_the_print_and_the_slips_the_model_makes()
    {
        var channel = ToneChannel.Default;

        Assert.True(channel.Score("tổ", "tổ") > channel.Score("tố", "tổ"), "reading as printed is likelier than a slip");
        Assert.True(channel.Score("tổ", "tố") > channel.Score("tỗ", "tố"), "ổ read ố is a slip seen often; ỗ read ố is not");
    }
}

/// <summary>Recognised criterion lines take the marks of the regulation's name they spell.</summary>
public sealed class CriterionNameMarksTests
{
    private static readonly Analytics.Ingest.Text.OcrTone.CriterionNameMarks Names =
        new(Analytics.Ingest.Normalization.CriterionNameCorrector.For("18/2018"));

    [Fact]
    public void A_coded_criterion_line_takes_the_names_marks_and_keeps_the_rest()
    {
        Assert.Equal("Tiêu chí 3.4. Khu vệ sinh, hệ thống cấp thoát nước (xây mới)", Names.Apply("Tiêu chí 3.4. Khu vê sinh, hê thống cấp thoát nước (xây mới)"));
    }

    [Fact]
    public void A_name_that_is_not_the_coded_criterions_is_left_alone()
    {
        Assert.Equal("3.1. Khu vê sinh, hê thống cấp thoát nước", Names.Apply("3.1. Khu vê sinh, hê thống cấp thoát nước"));
        Assert.Equal("Khu vê sinh, hê thống cấp thoát nước", Names.Apply("Khu vê sinh, hê thống cấp thoát nước"));
    }
}
