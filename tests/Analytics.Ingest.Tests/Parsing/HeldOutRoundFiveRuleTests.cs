using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers.Pdf;
using Analytics.Ingest.Readers.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.Pdf;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the fifth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 5"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundFiveRuleTests
{
    private static readonly Provenance At = new("ke-hoach.docx", 1, 0);

    private static TableCell Cell(int column, string text, int span = 1, int rows = 1) => new(column, text, span, rows);

    private static TableCell Below(int column, int span = 1) => new(column, "", span, 1, IsMergedContinuation: true);

    private static TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => Cell(c, t))]);

    private static TextBlock Line(string text, TextKind kind = TextKind.Paragraph) => new(kind, text, At);

    /// <summary>A plan head (number, date 09/10/2024, title, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body)
    {
        Block[] head =
        [
            Line("Số: 21/KH-THCSLL"),
            Line("Lạc Long, ngày 09 tháng 10 năm 2024"),
            Line("KẾ HOẠCH", TextKind.Heading),
            Line("Cải tiến chất lượng giáo dục năm học 2024-2025", TextKind.Heading),
            Line("Trường THCS Lạc Long xây dựng kế hoạch như sau:"),
        ];
        var result = new PlanParser().Parse(SourceDocument.Create("ke-hoach.docx", "docx", [.. head, .. body]));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }

    /// <summary>"Kinh phí (đồng)" merged over three source columns, the other headers merged down over both rows.</summary>
    private static TableBlock SourceSplitTable(string first, string second, string third, params TableRow[] rows) => new(
    [
        new([Cell(0, "Tiêu chí", rows: 2), Cell(1, "Nội dung cải tiến", rows: 2), Cell(2, "Thời gian", rows: 2), Cell(3, "Kinh phí (đồng)", span: 3)]),
        new([Below(0), Below(1), Below(2), Cell(3, first), Cell(4, second), Cell(5, third)]),
        .. rows,
    ], At);

    [Fact]
    public void Plan_quoted_in_an_email_reads_as_if_the_quote_markers_were_not_there()
    {
        const string mail = """
            Subject: Re: Kế hoạch cải tiến
            From: Phòng Giáo dục <pgd@example.edu.vn>

            Đã nhận, cảm ơn nhà trường.

            Vào Th 2, 14 thg 10, 2024 lúc 15:12 Trường THCS Kim Đồng
            <kimdong@example.edu.vn> đã viết:
            > Số: 12/KH-THCS
            > Hà Nội, ngày 14 tháng 10 năm 2024
            >
            > KẾ HOẠCH
            > CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025
            >
            > Trường THCS Kim Đồng xây dựng kế hoạch như sau:
            >
            > Tiêu chí 3.6: Thư viện
            > - Mục tiêu: Thư viện có phòng đọc cho học sinh và có thêm 300 bản
            > sách tham khảo.
            > - Người phụ trách: Nhân viên thư viện
            > - Thời gian: Quý I/2025
            > - Kinh phí: 40 triệu đồng
            >
            >> Đề nghị các trường gửi kế hoạch trước ngày 20/10/2024.
            """;
        var record = ParserFixture.Single(mail);

        Assert.Equal("2024-10-14", record.Document.Date);
        Assert.NotNull(record.Document.Title);
        var item = ParserFixture.Item(record, "3.6");
        Assert.Equal("Thư viện có phòng đọc cho học sinh và có thêm 300 bản sách tham khảo.", item.Target);
        Assert.Equal("Nhân viên thư viện", item.Lead);
        Assert.Equal("2025-01", item.Timeline?.Start);
        Assert.Equal(40_000_000, item.Budget?.Vnd);
    }

    [Fact]
    public void A_few_lines_starting_with_a_quote_mark_are_kept()
    {
        string[] lines = ["Ghi chú:", "> 5 phòng học đạt chuẩn", "> 3 phòng chưa đạt", "Tiêu chí 3.2: Phòng học", "- Thời gian: Hè 2025"];
        Assert.Same(lines, EmailQuotes.Strip(lines));
    }

    [Fact]
    public void Pdf_table_header_set_on_its_side_is_read_in_its_own_direction()
    {
        var result = new PdfReader().Read(PdfReaderTests.Fixture("turned-header.pdf"));
        Assert.True(result.IsSuccess, result.Error);
        var table = Assert.Single(result.Value.Blocks.OfType<TableBlock>());
        var header = table.Rows[0].Cells.Select(c => c.Text.Replace('\n', ' ')).ToList();
        Assert.Equal(["Tiêu chí", "Nội dung cải tiến", "Biện pháp thực hiện", "Thời gian hoàn thành", "Kinh phí"], header);
        Assert.Equal("3.1", table.Rows[1].CellAt(0)?.Text);
    }
}
