using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Tables understood in part: columns placed by what their cells hold, level columns beside the
/// criterion, columns nobody can place ignored rather than the table dropped.</summary>
public sealed class PartialUnderstandingTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("14/KH-THCSPT", "Phú Thành, ngày 12 tháng 10 năm 2024", "2024-2025", "Trường THCS Phú Thành xây dựng kế hoạch như sau:"), body);

    [Fact]
    public void Current_level_column_gives_the_assessment_and_the_target_level_is_none()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Mức đạt hiện tại", "Mức phấn đấu", "Nội dung cải tiến", "Thời gian", "Kinh phí (đồng)"),
            Row("3.3", "Mức 1", "Mức 2", "Có phòng họp riêng", "Quý I/2025", "85.000.000"),
            Row("3.5", "Mức 2", "Mức 3", "Đủ thiết bị thí nghiệm", "Hè 2025", "120.000.000")], At));
        Assert.Equal(["3.3", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal([("3.3", "muc-1"), ("3.5", "muc-2")], record.Assessments.Select(a => (a.Criterion, a.Result)));
        Assert.DoesNotContain(record.Items, i => (i.Target ?? "").Contains("Mức", StringComparison.Ordinal));
    }

    [Fact]
    public void A_criterion_column_and_one_work_column_are_enough_for_items()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Việc làm cụ thể", "Kinh phí"),
            Row("3.1", "Trồng 20 cây bóng mát", "15 triệu đồng"),
            Row("3.6", "Mua 200 đầu sách", "30 triệu đồng")], At));
        Assert.Equal([15_000_000L, 30_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void A_column_of_staff_under_an_unknown_header_is_the_lead()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Biện pháp", "Đầu mối", "Thời gian"),
            Row("3.1", "Lát gạch sân", "Hiệu trưởng", "Hè 2025"),
            Row("2.2", "Dự giờ giáo viên", "Tổ trưởng chuyên môn", "HKI năm học 2024-2025")], At));
        Assert.Equal(["Hiệu trưởng", "Tổ trưởng chuyên môn"], record.Items.Select(i => i.Lead));
    }

    [Fact]
    public void A_result_column_written_as_text_is_read_as_assessments()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Kết quả", "Ghi chú"),
            Row("3.1", "Đạt mức 2", ""),
            Row("3.2", "Mức đạt: Mức 1", "Thiếu phòng bộ môn"),
            Row("3.4", "Không đạt", "")], At));
        Assert.Equal(["muc-2", "muc-1", "khong-dat"], record.Assessments.Select(a => a.Result));
    }

    [Fact]
    public void A_column_of_sentences_under_unknown_words_is_the_work_when_no_column_is_named_so()
    {
        var record = Parse(new TableBlock([
            Row("TT", "Tiêu chí", "Mục tiêu", "Những việc phải làm", "Thời gian"),
            Row("1", "3.1", "Sân trường có bóng mát", "Trồng thêm 20 cây bóng mát dọc hai bên sân và làm bồn cây", "Hè 2025"),
            Row("2", "3.6", "Thư viện đủ sách", "Vận động cha mẹ học sinh ủng hộ sách và mua thêm 200 đầu sách tham khảo", "Quý I/2025")], At));
        Assert.Equal(["Trồng thêm 20 cây bóng mát dọc hai bên sân và làm bồn cây", "Vận động cha mẹ học sinh ủng hộ sách và mua thêm 200 đầu sách tham khảo"], record.Items.Select(i => i.Actions));
        Assert.Equal(["Sân trường có bóng mát", "Thư viện đủ sách"], record.Items.Select(i => i.Target));
    }

    [Fact]
    public void A_second_column_of_sentences_is_the_aim_when_the_work_is_named()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Đích hướng tới", "Biện pháp", "Kinh phí"),
            Row("3.4", "Khu vệ sinh học sinh sạch sẽ, đủ nước và có bồn rửa tay", "Xây mới khu vệ sinh", "180 triệu đồng"),
            Row("3.5", "Các phòng bộ môn có đủ thiết bị dạy học tối thiểu theo quy định", "Mua sắm thiết bị", "95 triệu đồng")], At));
        Assert.Equal(["Khu vệ sinh học sinh sạch sẽ, đủ nước và có bồn rửa tay", "Các phòng bộ môn có đủ thiết bị dạy học tối thiểu theo quy định"], record.Items.Select(i => i.Target));
    }

    [Fact]
    public void Short_notes_under_unknown_words_are_no_field()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Mục tiêu", "Biện pháp", "Minh chứng"),
            Row("3.1", "Sân có bóng mát", "Trồng cây", "Biên bản kiểm tra"),
            Row("3.6", "Thư viện đủ sách", "Mua sách", "Sổ theo dõi")], At));
        Assert.Equal(["Sân có bóng mát", "Thư viện đủ sách"], record.Items.Select(i => i.Target));
        Assert.Equal(["Trồng cây", "Mua sách"], record.Items.Select(i => i.Actions));
    }

    [Fact]
    public void Of_two_columns_named_as_the_aim_the_one_written_at_length_is_the_target()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Kết quả cần đạt", "Biện pháp", "Sản phẩm"),
            Row("3.2", "Mái tôn dãy phòng học hai tầng không còn dột khi mưa lớn", "Thay mái tôn", "Biên bản nghiệm thu"),
            Row("3.6", "Thư viện có thêm 400 bản sách tham khảo cho học sinh", "Vận động ủng hộ sách", "Sổ nhập sách")], At));
        Assert.Equal(["Mái tôn dãy phòng học hai tầng không còn dột khi mưa lớn", "Thư viện có thêm 400 bản sách tham khảo cho học sinh"], record.Items.Select(i => i.Target));
    }

    [Fact]
    public void Sentences_under_unknown_words_beat_a_named_aim_column_of_short_names()
    {
        var record = Parse(new TableBlock([
            Row("Tiêu chí", "Điều mong muốn", "Biện pháp", "Sản phẩm"),
            Row("3.2", "Mái tôn dãy phòng học hai tầng không còn dột khi mưa lớn", "Thay mái tôn", "Biên bản nghiệm thu"),
            Row("3.6", "Thư viện có thêm 400 bản sách tham khảo cho học sinh", "Vận động ủng hộ sách", "Sổ nhập sách")], At));
        Assert.Equal(["Mái tôn dãy phòng học hai tầng không còn dột khi mưa lớn", "Thư viện có thêm 400 bản sách tham khảo cho học sinh"], record.Items.Select(i => i.Target));
    }
}
