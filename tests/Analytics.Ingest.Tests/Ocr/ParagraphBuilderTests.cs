using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Lines into paragraphs, with the line geometry of the fax twin of corpus/lc-th-thcs-ta-mung (300 dpi, a
/// text block 2000 px wide): its title's last line, centred, was read as one paragraph with the body below it.</summary>
public sealed class ParagraphBuilderTests
{
    [Fact]
    public void A_centred_title_line_ends_before_the_body_text_under_it()
    {
        var lines = new[]
        {
            Line("KẾ HOẠCH", 900, 1100, 0),
            Line("Cải tiến chất lượng giáo dục giai đoạn 2025 - 2027", 560, 1440, 60),
            Line("Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành", 120, 2000, 120),
            Line("Quy định về kiểm định chất lượng giáo dục;", 0, 900, 180),
        };
        Assert.Equal([1, 1, 2], ParagraphBuilder.Split(lines).Select(p => p.Count));
    }

    [Fact]
    public void A_title_centred_over_two_lines_stays_one_paragraph()
    {
        var lines = new[]
        {
            Line("Cải tiến chất lượng giáo dục trường mầm non", 540, 1460, 0),
            Line("giai đoạn 2025 - 2030", 780, 1220, 60),
            Line("Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành", 0, 2000, 120),
        };
        Assert.Equal([2, 1], ParagraphBuilder.Split(lines).Select(p => p.Count));
    }

    private static OcrLine Line(string text, double left, double right, double top)
    {
        var words = text.Split(' ');
        var step = (right - left) / words.Length;
        return OcrLine.From(words.Select((w, i) => new OcrWord(w, new BoundingBox(left + i * step, top, left + (i + 1) * step - 10, top + 40), 0.95, 0, 0)).ToList());
    }
}
