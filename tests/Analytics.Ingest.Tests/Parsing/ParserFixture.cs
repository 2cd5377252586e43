using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.PlainText;

namespace Analytics.Ingest.Tests.Parsing;

internal static class ParserFixture
{
    public static Result<IReadOnlyList<PlanRecord>> Parse(string text) => new PlanParser().Parse(TextReaderFixture.Read(text));

    public static PlanRecord Single(string text)
    {
        var result = Parse(text);
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }

    public static PlanItem Item(PlanRecord record, string criterion) => Assert.Single(record.Items, i => i.Criterion == criterion);

    public static Provenance At(int index) => new("model.docx", 1, index);

    /// <summary>A plan head (number, date, title) in front of the given body, as the genre writes it.</summary>
    public static string WithHead(string body, string level = "Tiểu học") =>
        $"Số: 12/KH-TH\n\nHà Nội, ngày 14 tháng 10 năm 2024\n\nKẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG GIÁO DỤC\nNĂM HỌC 2024-2025\n\nTrường {level} Kim Đồng xây dựng kế hoạch như sau:\n\n{body}";
}
