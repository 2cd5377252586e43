using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Text;

namespace Analytics.Ingest.Tests.Readers;

/// <summary>English-OCR'd tables read by what their lines hold rather than by their criterion codes: rows opened by
/// their first line's facts (<see cref="OcrFactRows"/>) and tables laid on their side (<see cref="OcrSidewaysTableScanner"/>).
/// The lines are written here the way Tesseract's English model renders a printed table (no Vietnamese letters,
/// cells joined by spaces or "|").</summary>
public sealed class OcrFactRowTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Rows(params string[] lines) => OcrRowTableTests.Rows(lines);

    [Fact]
    public void Rows_whose_codes_the_model_lost_are_opened_by_their_first_lines_facts()
    {
        var rows = Rows(
            "STT Noi dung cai tien Bien phap Phu trach Thoi gian Kinh phi",
            "1 Sua chua mai ton day phong hoc | Lap du toan, trinh duyet | Hieu truong Thang 10/2025 85.000.000 dong",
            "bi dot, tham nuoc khi mua | thi cong trong dip nghi",
            "2 Mua bo sung sach tham khao cho | Ra soat nhu cau to chuyen mon | Thu vien Quy I/2026 12.000.000 dong",
            "thu vien truong | mua sach, vao so",
            "III. TO CHUC THUC HIEN");
        Assert.Equal(2, rows.Count);
        Assert.Equal("85.000.000 dong", rows[0][3]);
        Assert.Contains("10/2025", rows[0][2]);
        Assert.Equal("12.000.000 dong", rows[1][3]);
    }

    [Fact]
    public void A_period_cut_after_its_first_word_opens_its_row_on_the_line_above()
    {
        var rows = Rows(
            "Noi dung cai tien Bien phap Phu trach Thoi gian Kinh phi",
            "Trong them cay bong mat o san | Van dong phu huynh ho tro cay | Doan truong Thang 10/2025 40.000.000 dong",
            "truong va khu vui choi | giong, cham soc sau trong",
            "Lap dat camera an ninh khu | Khao sat vi tri, mua lap | Ke toan Thang Khong",
            "hoc va cong truong | dat 06 camera trong thang 11/2025",
            "III. TO CHUC THUC HIEN");
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("camera", rows[0][1]);
        Assert.StartsWith("Lap dat camera an ninh", rows[1][1]);
    }

    [Fact]
    public void A_masthead_date_and_a_citation_do_not_open_a_table_without_header()
    {
        var read = new PlainTextReader().Read(new SourceFile("eng.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "TRUONG TIEU HOC AN BINH Ha Tinh, ngay 12 thang 9 nam 2025",
            "Can cu Thong tu so 17/2018/TT-BGDDT ngay 22/8/2018 cua Bo Giao duc va Dao tao",
            "Ke hoach cai tien chat luong giao duc nam hoc 2025-2026 cua truong ngay 15 thang 9 nam 2025",
            "Truong xay dung ke hoach nhu sau"))));
        Assert.Empty(read.Value.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void Table_laid_on_its_side_gives_each_criterion_its_period_and_budget_in_column_order()
    {
        var rows = Rows(
            "Noi dung | Tieu chi 2.2 Tieu chi 3.4 Tieu chi 5.1",
            "Muc tieu 02 giao vien dat chuan Khu ve sinh dat chuan Ty le hoc sinh gioi tang",
            "Thoi gian | Hoc ky I nam hoc 2025-2026 Quy II/2026 Thang 5/2026",
            "Kinh phi Khong 120.000.000 dong 8.000.000 dong",
            "III. TO CHUC THUC HIEN");
        Assert.Equal(["2.2", "3.4", "5.1"], rows.Select(r => r[0]));
        Assert.Equal(["Không", "120.000.000 dong", "8.000.000 dong"], rows.Select(r => r[3]));
        Assert.Contains("II/2026", rows[1][2]);
        Assert.Contains("5/2026", rows[2][2]);
    }
}
