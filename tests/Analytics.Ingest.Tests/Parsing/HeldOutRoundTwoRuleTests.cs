using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Layout;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers.Pdf;
using Analytics.Ingest.Tests.Pdf;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the second held-out measurement (corpus/README.md, "Held-out measurement,
/// round 2"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundTwoRuleTests
{
    [Theory]
    [InlineData("Tiêu chuẩn 3 - Tiêu chí 2", 3, 2)]
    [InlineData("Tiêu chuẩn 5, tiêu chí 5.4", 5, 4)]
    [InlineData("Tiêu chí 1 tiêu chuẩn 3", 3, 1)]
    [InlineData("Tiêu chí 4 của tiêu chuẩn 2", 2, 4)]
    [InlineData("1. Tiêu chuẩn 3, tiêu chí 3.2 (Phòng học): xây mới", 3, 2)]
    public void Standard_and_criterion_written_in_words_name_the_criterion(string text, int standard, int index)
    {
        var reference = CriterionReferences.Parse(text);
        Assert.NotNull(reference);
        Assert.Equal((standard, (int?)index), (reference!.Standard, reference.Index));
    }

    [Fact]
    public void Standard_and_a_criterion_of_another_standard_is_no_reference_to_either_criterion() =>
        Assert.True(CriterionReferences.Parse("Tiêu chuẩn 3, tiêu chí 2.1") is null or { IsStandardOnly: true });

    [Fact]
    public void Bracketed_name_after_a_reference_is_the_name_and_the_rest_is_content()
    {
        var reference = CriterionReferences.Parse("Tiêu chuẩn 3, tiêu chí 3.2 (Phòng học): xây mới 04 phòng học.");
        Assert.Equal("Phòng học", reference?.Name);
        Assert.Equal("xây mới 04 phòng học.", reference?.Tail);
    }

    [Fact]
    public void Index_alone_names_a_criterion_only_with_a_standard_from_the_context()
    {
        Assert.Null(CriterionReferences.Parse("Tiêu chí 2: Phòng học, phòng học bộ môn"));
        var reference = CriterionReferences.ParseIndexOnly("Tiêu chí 2: Phòng học, phòng học bộ môn", 3);
        Assert.Equal("3.2", reference?.Code);
        Assert.Equal("Phòng học, phòng học bộ môn", reference?.Name);
        Assert.Null(CriterionReferences.ParseIndexOnly("Tiêu chí 3.2: Phòng học", 3));
    }

    [Fact]
    public void Plan_tables_under_standard_headings_take_the_standard_of_their_heading()
    {
        var body = "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học\n\n" +
                   "Tiêu chí\tNội dung\tNgười thực hiện\tThời gian\tKinh phí\n" +
                   "Tiêu chí 6: Thư viện\tBổ sung sách tham khảo\tNhân viên thư viện\tQuý I/2025\t10 triệu đồng\n\n" +
                   "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục\n\n" +
                   "Tiêu chí\tNội dung\tNgười thực hiện\tThời gian\tKinh phí\n" +
                   "Tiêu chí 2: Giáo dục học sinh\tPhụ đạo học sinh\tPhó hiệu trưởng\tHKII\tKhông\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["3.6", "5.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Thư viện", record.Items[0].CriterionName);
    }

    [Fact]
    public void Prose_criterion_given_by_its_name_only_gets_its_number_within_the_standard_above()
    {
        var body = "Tiêu chuẩn 3: Cơ sở vật chất\n" +
                   "Tiêu chí: Khu vệ sinh và hệ thống cấp nước, thoát nước\n" +
                   "- Nội dung cải tiến: Sửa chữa khu vệ sinh học sinh.\n" +
                   "- Thời gian: Hè 2025\n" +
                   "- Kinh phí: 40 triệu đồng\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal("3.4", item.Criterion);
        Assert.Equal(40_000_000, item.Budget?.Vnd);
    }

    [Fact]
    public void Nested_lines_under_an_empty_label_are_that_labels_value()
    {
        var body = "1. Tiêu chí 3.5 (Thiết bị): bổ sung máy chiếu cho các lớp.\n" +
                   "- Biện pháp:\n" +
                   "+ Lập danh mục cần mua;\n" +
                   "+ Tổ chức mua sắm.\n" +
                   "- Người chủ trì: Kế toán\n" +
                   "- Thời gian: Năm 2025\n";
        var item = Assert.Single(ParserFixture.Single(ParserFixture.WithHead(body)).Items);
        Assert.Equal("3.5", item.Criterion);
        Assert.Equal("Thiết bị", item.CriterionName);
        Assert.Equal("bổ sung máy chiếu cho các lớp.", item.Target);
        Assert.Contains("Lập danh mục cần mua", item.Actions);
        Assert.Contains("Tổ chức mua sắm", item.Actions);
        Assert.Equal("Kế toán", item.Lead);
    }

    [Fact]
    public void Results_written_as_text_in_a_result_column_are_read()
    {
        var body = "Tiêu chí\tMức đạt được\tNội dung chưa đạt\n" +
                   "3.1\tMức 2\t\n" +
                   "3.2\tKhông đạt\tThiếu phòng bộ môn\n" +
                   "3.3\tMức 4\t\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body, "THCS"));
        Assert.Equal(["muc-2", "khong-dat", "muc-4"], record.Assessments.Select(a => a.Result));
        Assert.Equal("Thiếu phòng bộ môn", record.Assessments[1].Note);
    }

    [Theory]
    [InlineData("90 triệu đồng (ngân sách nhà nước)", "ngân sách nhà nước")]
    [InlineData("khoảng 2,4 tỷ đồng từ ngân sách huyện", "ngân sách huyện")]
    [InlineData("350.000.000 đồng; nguồn: xã hội hóa", "xã hội hóa")]
    [InlineData("45.500.000 đồng, nguồn kinh phí chi thường xuyên", "kinh phí chi thường xuyên")]
    [InlineData("20 triệu đồng Nguồn điều tiết", "Nguồn điều tiết")]
    [InlineData("20 triệu (tự túc)", "tự túc")]
    public void Words_introducing_a_source_after_the_amount_are_not_part_of_it(string cell, string funding) =>
        Assert.Equal(funding, Analytics.Ingest.Normalization.MoneyParser.ParseDetailed(cell).Funding);

    [Fact]
    public void Row_cut_by_a_page_break_mid_sentence_is_glued_back()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var box = new BoundingBox(40, 60, 800, 500);
        var page1 = new TableBlock([Row("Tiêu chí", "Mục tiêu", "Thời gian"), Row("Tiêu chuẩn 3 -", "Xây dựng khối 06 phòng", "2026 - 2028")], new Provenance("x.pdf", 1, 0, box));
        var page2 = new TableBlock([Row("Tiêu chí", "Mục tiêu", "Thời gian"), Row("Tiêu chí 2", "học bộ môn", ""), Row("Tiêu chuẩn 3 - Tiêu chí 4", "Sửa chữa", "Hè 2026")], new Provenance("x.pdf", 2, 0, box));
        var joined = Assert.Single(CrossPageTables.Join([page1, page2]).OfType<TableBlock>());
        Assert.Equal(3, joined.Rows.Count);
        Assert.Equal("Tiêu chuẩn 3 - Tiêu chí 2", joined.Rows[1].CellAt(0)!.Text);
        Assert.Equal("Xây dựng khối 06 phòng học bộ môn", joined.Rows[1].CellAt(1)!.Text);
    }

    [Fact]
    public void Row_on_a_new_page_starting_in_capitals_is_its_own_row()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var box = new BoundingBox(40, 60, 800, 500);
        var page1 = new TableBlock([Row("Tiêu chí", "Mục tiêu", "Thời gian"), Row("3.1", "Lát sân", "Hè 2025")], new Provenance("x.pdf", 1, 0, box));
        var page2 = new TableBlock([Row("3.2", "Xây phòng học", "")], new Provenance("x.pdf", 2, 0, box));
        Assert.Equal(3, Assert.Single(CrossPageTables.Join([page1, page2]).OfType<TableBlock>()).Rows.Count);
    }

    [Fact]
    public void Text_pdf_table_without_rules_is_read_as_a_table()
    {
        var result = new PdfReader().Read(PdfReaderTests.Fixture("unruled-table.pdf"));
        Assert.True(result.IsSuccess, result.Error);
        var table = Assert.Single(result.Value.Blocks.OfType<TableBlock>());
        var criteria = table.Rows.Select(r => r.CellAt(0)?.Text ?? "").Where(t => t.StartsWith("Tiêu chí 3", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Tiêu chí 3.1", "Tiêu chí 3.5", "Tiêu chí 3.6"], criteria);
        Assert.Contains(table.Rows, r => r.Cells.Any(c => c.Text == "12.000.000 đồng"));
        Assert.Contains(result.Value.Blocks.OfType<TextBlock>(), b => b.Text.Contains("Đoạn văn sau bảng", StringComparison.Ordinal));
    }
    [Fact]
    public void Unruled_table_read_line_by_line_joins_wrapped_lines_to_their_row()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var table = new TableBlock(
        [
            Row("Tiêu chí", "Nội dung", "Kinh phí"),
            Row("Tiêu chí 1", "Trồng bổ sung 30 cây", "45.000 nghìn"),
            Row("tiêu chuẩn", "bóng mát", "đồng"),
            Row("3", "", ""),
            Row("Tiêu chí 2", "Cải tạo phòng", "Không"),
        ], new Provenance("x.pdf", 1, 0));
        var joined = WrappedTableLines.Join(table);
        Assert.Equal(3, joined.Rows.Count);
        Assert.Equal(["Tiêu chí 1 tiêu chuẩn 3", "Trồng bổ sung 30 cây bóng mát", "45.000 nghìn đồng"], joined.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Unruled_table_rows_numbered_one_per_line_stay_apart()
    {
        TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => new TableCell(c, t))]);
        var table = new TableBlock([Row("TT", "Nội dung"), Row("1", "Lát sân"), Row("2", "Sửa mái"), Row("3", "Mua sách")], new Provenance("x.pdf", 1, 0));
        Assert.Equal(4, WrappedTableLines.Join(table).Rows.Count);
    }
    [Fact]
    public void Numbered_weaknesses_under_a_weakness_heading_are_all_read()
    {
        var body = "Tồn tại, hạn chế:\n\n1. Thư viện chưa có phòng đọc cho học sinh.\n\n2. Sân trường bị ngập khi mưa.\n\n3. Thiếu máy tính.\n\n" +
                   "Tiêu chí\tNội dung\tThời gian\tKinh phí\n3.6\tXây phòng đọc\tNăm 2025\t200 triệu đồng\n";
        var record = ParserFixture.Single(ParserFixture.WithHead(body));
        Assert.Equal(["Thư viện chưa có phòng đọc cho học sinh.", "Sân trường bị ngập khi mưa.", "Thiếu máy tính."], record.Weaknesses);
    }
}
