namespace Analytics.Ingest.Tests.Parsing;

public sealed class AssessmentTests
{
    private const string Table =
        "2.1. Đánh giá tiêu chí\n\n" +
        "Tiêu chuẩn, tiêu chí\tKết quả\t\t\t\tNội dung không đạt\n" +
        "\tKhông đạt\tĐạt\t\t\t\n" +
        "\t\tMức 1\tMức 2\tMức 3\t\n" +
        "Tiêu chuẩn 3\t\t\t\t\t\n" +
        "Tiêu chí 3.1\t\tX\t\t\tChưa có sân tập TDTT\n" +
        "Tiêu chí 3.3\tX\t\t\t\tChưa có phòng bộ môn\n" +
        "Tiêu chí 3.4\t\t\tx\t\t\n" +
        "Tiêu chí 3.5\t\t\t\tX\t\n\n" +
        "Tiêu chí\tKết quả\t\tNội dung đã đạt\n\tKhông đạt\tĐạt\t\nTiêu chí 1\tX\t\t\n\n" +
        "III. KẾ HOẠCH\n\nTiêu chí\tNgười thực hiện\tThời gian thực hiện\tGiải pháp\nTiêu chí 3.3\tHiệu trưởng\tNăm 2024\tXây phòng bộ môn\n";

    [Fact]
    public void Ticked_columns_give_the_result_and_the_note()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(Table, "THPT"));
        Assert.Equal(
            [("3.1", "muc-1", "Chưa có sân tập TDTT"), ("3.3", "khong-dat", "Chưa có phòng bộ môn"), ("3.4", "muc-2", null), ("3.5", "muc-3", null)],
            record.Assessments.Select(a => (a.Criterion, a.Result, a.Note)));
    }

    [Fact]
    public void Notes_under_a_not_achieved_column_are_weaknesses()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(Table, "THPT"));
        Assert.Contains("Chưa có phòng bộ môn", record.Weaknesses);
        Assert.Contains("Chưa có sân tập TDTT", record.Weaknesses);
    }

    [Fact]
    public void Level_four_rows_without_a_criterion_number_are_reported_not_dropped()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(Table, "THPT"));
        Assert.Contains(record.Warnings, w => w.Field == "assessments" && w.Message.Contains("Tiêu chí 1", StringComparison.Ordinal));
        Assert.Equal("3.3", Assert.Single(record.Items).Criterion);
    }

    [Fact]
    public void Not_achieved_header_broken_inside_its_word_is_still_read()
    {
        var body = "II. KẾT QUẢ TỰ ĐÁNH GIÁ\n\nTiêu chí\tKhôn g đạt\tMức 1\tMức 2\tMức 3\tNội dung không đạt\n" +
                   "Tiêu chí 3.3\t\t\tx\t\t\nTiêu chí 3.4\tx\t\t\t\tKhu vệ sinh hư hỏng\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body, "THPT"));
        Assert.Equal([("3.3", "muc-2"), ("3.4", "khong-dat")], record.Assessments.Select(a => (a.Criterion, a.Result)));
    }

    /// <summary>Readings of thpt-thanh-phu's photographed self-assessment table: two ticks came out "bệ". A level
    /// column holds a mark or nothing, so a row's one short reading under a level is its mark; a row with two such
    /// readings says nothing, and a digit ("1") is no mark.</summary>
    [Fact]
    public void Mark_misread_as_short_text_under_one_level_is_still_the_tick()
    {
        var body = "II. KẾT QUẢ TỰ ĐÁNH GIÁ\n\nTiêu chí\tKhông đạt\tMức 1\tMức 2\tMức 3\tNội dung không đạt\n" +
                   "Tiêu chí 2.2\t\tx\t\t\t\nTiêu chí 2.3\t\t\tbệ\t\t\nTiêu chí 3.2\t\tbệ\t\t\tChưa có phòng học bộ môn\n" +
                   "Tiêu chí 3.3\t\tse\tbệ\t\t\nTiêu chí 3.4\t\t1\t\t\t\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body, "THPT"));
        Assert.Equal([("2.2", "muc-1"), ("2.3", "muc-2"), ("3.2", "muc-1")], record.Assessments.Select(a => (a.Criterion, a.Result)));
    }
}
