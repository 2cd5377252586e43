using Analytics.Ingest.Model;
using Analytics.Ingest.Tests.PlainText;

namespace Analytics.Ingest.Tests.Readers;

/// <summary>A tab-separated plan table pasted into an e-mail that the mail client hard-wrapped at about 72
/// columns: rows broken at spaces, and at tabs (the tab lost), rebuilt from their row numbers.</summary>
public sealed class WrappedTabTableTests
{
    private static readonly string[] Wrapped =
    [
        "II. NỘI DUNG",
        "STT\tTiêu chí\tMục tiêu\tGiải pháp\tPhụ trách\tThời gian\tKinh phí",
        "Nguồn",
        "1\tTC 3.1 - Khuôn viên\tSân trường có mái che 200 m² cho học sinh",
        "tập thể dục\tLàm mái che khung thép\tHiệu trưởng\tHè 2025\t300 triệu đồng\tNgân",
        "sách tỉnh",
        "2\tTC 2.2 - Đối với giáo viên\tGiáo viên dạy được STEM\tTập huấn hai",
        "buổi\tPhó Hiệu trưởng\tQuý I/2025\tKhông",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
    ];

    [Fact]
    public void A_hard_wrapped_tab_table_is_read_row_by_row_with_the_header_rejoined()
    {
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(string.Join("\r\n", Wrapped)));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Nguồn", TextReaderFixture.Cells(table.Rows[0])[^1]);
        Assert.Equal(["1", "TC 3.1 - Khuôn viên", "Sân trường có mái che 200 m² cho học sinh tập thể dục", "Làm mái che khung thép", "Hiệu trưởng", "Hè 2025", "300 triệu đồng", "Ngân sách tỉnh"],
            TextReaderFixture.Cells(table.Rows[1]));
        Assert.Equal("", TextReaderFixture.Cells(table.Rows[2])[^1]);
        Assert.Equal("Tập huấn hai buổi", TextReaderFixture.Cells(table.Rows[2])[3]);
    }

    [Fact]
    public void An_unwrapped_tab_table_is_left_to_the_plain_tab_reader()
    {
        var table = TextReaderFixture.SingleTable(TextReaderFixture.Read(string.Join("\n",
            "STT\tTiêu chí\tMục tiêu\tThời gian",
            "1\t3.1\tSân có mái che\tHè 2025",
            "2\t2.2\tGiáo viên dạy STEM\tQuý I/2025")));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["2", "2.2", "Giáo viên dạy STEM", "Quý I/2025"], TextReaderFixture.Cells(table.Rows[2]));
    }

    [Fact]
    public void A_paragraph_wrapped_before_a_name_stays_one_paragraph()
    {
        var document = TextReaderFixture.Read(string.Join("\n",
            "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo",
            "dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục trường",
            "trung học cơ sở;",
            "Căn cứ kết quả tự đánh giá của Trường THCS Tân Lập, xã Tân Lập, huyện",
            "Đồng Phú, tỉnh Bình Phước, nhà trường xây dựng kế hoạch cải tiến chất",
            "lượng giáo dục năm học 2025-2026 với các nội dung được trình bày như sau.",
            "- Phòng học bộ môn Hóa học và phòng thí nghiệm Sinh học còn thiếu Hóa -",
            "Sinh.",
            "Thời gian thực hiện",
            "Quý I/2026"));
        var texts = document.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        Assert.Contains(texts, t => t.Contains("huyện Đồng Phú", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("Hóa - Sinh.", StringComparison.Ordinal));
        Assert.Contains("Thời gian thực hiện", texts);
    }
}
