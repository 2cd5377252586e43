using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Tests.Text;

/// <summary>What a document decides for its restored lines: the tone placement its own accented words use,
/// abbreviations with Đ joined to numbers, and short lines of a partly unaccented document.</summary>
public sealed class DocumentStyleRestorationTests
{
    [Theory]
    [InlineData("Đẩy mạnh xã hội hoá giáo dục, chăm lo sức khoẻ cho học sinh.", ToneStyle.Newer)]
    [InlineData("Đẩy mạnh xã hội hóa giáo dục, chăm lo sức khỏe cho học sinh.", ToneStyle.Traditional)]
    [InlineData("Không có âm tiết nào để phân biệt.", ToneStyle.Traditional)]
    [InlineData("Quý thầy cô và các em học sinh.", ToneStyle.Traditional)]
    public void The_placement_a_text_uses_is_read_from_its_open_oa_oe_uy_syllables(string text, ToneStyle expected)
    {
        Assert.Equal(expected, ToneStyles.Detect(text));
    }

    [Theory]
    [InlineData("văn hóa, khỏe mạnh, Thủy, HÒA BÌNH, quý, hoàng", ToneStyle.Newer, "văn hoá, khoẻ mạnh, Thuỷ, HOÀ BÌNH, quý, hoàng")]
    [InlineData("văn hoá, khoẻ mạnh, Thuỷ", ToneStyle.Traditional, "văn hóa, khỏe mạnh, Thủy")]
    public void Syllables_are_written_in_the_style_asked(string text, ToneStyle style, string expected)
    {
        Assert.Equal(expected, ToneStyles.Apply(text, style));
    }

    [Fact]
    public void Restored_lines_follow_the_newer_placement_of_the_documents_accented_lines()
    {
        var text = "Nhà trường đẩy mạnh xã hội hoá giáo dục và chăm lo sức khoẻ cho học sinh.\n" +
                   "Hoa tuy xa nhung van giu duoc van hoa va suc khoe cua minh.";
        var lines = TextModels.Repair.Repair(text).Text.Split('\n');
        Assert.Contains("văn hoá", lines[1]);
        Assert.Contains("sức khoẻ", lines[1]);
    }

    [Fact]
    public void A_document_in_traditional_placement_keeps_it()
    {
        var text = "Nhà trường đẩy mạnh xã hội hóa giáo dục và chăm lo sức khỏe cho học sinh.\n" +
                   "Tang cuong giao duc van hoa va suc khoe cho hoc sinh.";
        var lines = TextModels.Repair.Repair(text).Text.Split('\n');
        Assert.Contains("văn hóa", lines[1]);
        Assert.Contains("sức khỏe", lines[1]);
    }

    [Theory]
    [InlineData("So: 215/QD-UBND ngay 5/9/2025", "215/QĐ-UBND")]
    [InlineData("Giao vien co bang DH su pham", "bằng ĐH")]
    [InlineData("Bo phan khao thi va DBCL cua Phong", "và ĐBCL")]
    public void Abbreviations_with_d_stroke_are_read_also_next_to_numbers(string typed, string expected)
    {
        Assert.Contains(expected, TextModels.Repair.Repair(typed).Text);
    }

    [Fact]
    public void The_learned_table_is_embedded_and_holds_what_the_training_text_writes_with_d_stroke()
    {
        var table = DotlessAbbreviations.Default;
        Assert.Equal("QĐ", table.Reading("QD"));
        Assert.Equal("GD&ĐT", table.Reading("GD&DT"));
        Assert.Null(table.Reading("DT"));
        Assert.Null(table.Reading("THCS"));
        Assert.True(table.Count > 40, table.Count.ToString());
    }

    [Fact]
    public void Short_lines_of_a_partly_unaccented_document_are_restored()
    {
        var text = "Kế hoạch cải tiến chất lượng giáo dục của nhà trường năm học 2025.\n" +
                   "So: 78/KH-THCS\n" +
                   "Nha truong xay dung ke hoach cai tien chat luong theo ket qua tu danh gia.\n" +
                   "Buoi sang";
        var lines = TextModels.Repair.Repair(text).Text.Split('\n');
        Assert.Equal("Số: 78/KH-THCS", lines[1]);
        Assert.Equal("Buổi sáng", lines[3]);
    }

    [Fact]
    public void Short_lines_of_a_correct_document_are_kept()
    {
        var text = "Kế hoạch cải tiến chất lượng giáo dục của nhà trường năm học 2025.\nBan\nNam\nHoa\n" +
                   "Nhà trường xây dựng kế hoạch cải tiến chất lượng theo kết quả tự đánh giá.";
        var result = TextModels.Repair.Repair(text);
        Assert.Equal(text, result.Text);
        Assert.Empty(result.Notes);
    }
}
