using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Parsing.Rows;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the sixth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 6"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundSixRuleTests
{
    /// <summary>A plan head (number, date 14/10/2025, title of the school year 2025-2026, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body) => ParseOne(Head("33/KH-THHP", "Hòa Phú, ngày 14 tháng 10 năm 2025", "2025-2026", "Trường Tiểu học Hòa Phú xây dựng kế hoạch như sau:"), body);

    /// <summary>A chart of months: "Thời gian" merged over one column per month, the other headers merged down.</summary>
    private static TableBlock MonthChart(string[] months, params TableRow[] rows)
    {
        var top = new List<TableCell> { Cell(0, "Tiêu chí", rows: 2), Cell(1, "Công việc", rows: 2), Cell(2, "Phụ trách", rows: 2), Cell(3, "Thời gian thực hiện", span: months.Length) };
        top.Add(Cell(3 + months.Length, "Kinh phí", rows: 2));
        var sub = new List<TableCell> { Below(0), Below(1), Below(2) };
        sub.AddRange(months.Select((m, i) => Cell(3 + i, m)));
        sub.Add(Below(3 + months.Length));
        return new([new(top), new(sub), .. rows], At);
    }

    [Fact]
    public void Months_marked_in_a_chart_of_month_columns_are_the_items_timeline()
    {
        string[] months = ["Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12", "Tháng 1", "Tháng 2"];
        var record = Parse(MonthChart(months,
            Row("3.3", "Sửa mái phòng họp", "Kế toán", "", "x", "x", "", "", "", "20.000.000"),
            Row("2.2", "Dự giờ giáo viên mới", "Hiệu trưởng", "", "", "", "X", "X", "", "")));

        Assert.Equal(["3.3", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(("2025-10", "2025-11"), (record.Items[0].Timeline?.Start, record.Items[0].Timeline?.End));
        Assert.Contains("Tháng 10", record.Items[0].Timeline?.Text);
        // December and January: the chart runs across the new year of the plan's school year.
        Assert.Equal(("2025-12", "2026-01"), (record.Items[1].Timeline?.Start, record.Items[1].Timeline?.End));
        Assert.Equal(20_000_000, record.Items[0].Budget?.Vnd);
    }

    [Fact]
    public void Month_headers_under_a_merged_time_header_are_a_header_row_and_no_item()
    {
        string[] months = ["T9", "T10", "T11"];
        var record = Parse(MonthChart(months,
            Row("1.8", "Kiểm tra hồ sơ tổ chuyên môn", "Hiệu trưởng", "x", "x", "x", "0")));

        var item = Assert.Single(record.Items);
        Assert.Equal("1.8", item.Criterion);
        Assert.Equal(("2025-09", "2025-11"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Fact]
    public void A_month_chart_cell_without_a_mark_adds_nothing_to_the_timeline()
    {
        string[] months = ["T3", "T4", "T5"];
        var record = Parse(MonthChart(months,
            Row("3.4", "Lắp bồn nước", "Hiệu trưởng", "", "x", "", "15.000.000")));

        var item = Assert.Single(record.Items);
        Assert.Equal(("2026-04", "2026-04"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Fact]
    public void A_capitalised_heading_row_across_the_table_groups_rows_and_is_no_item()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Người thực hiện", "Thời gian", "Kinh phí"),
            new([Cell(0, "A. ĐIỂM TRƯỜNG CHÍNH (thôn Bản Lìm)", span: 6)]),
            Row("1", "3.5", "Mua 10 bộ máy tính", "Hiệu trưởng", "Quý I/2026", "120.000.000 đ"),
            new([Cell(0, "B. ĐIỂM TRƯỜNG NẬM CỌ", span: 6)]),
            Row("2", "3.2", "Sửa 02 phòng học", "Hiệu trưởng", "Hè 2026", "80 triệu đồng"),
        ], At);
        var record = Parse(table);

        Assert.Equal(["3.5", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.DoesNotContain(record.Items, i => i.Target?.Contains("ĐIỂM TRƯỜNG", StringComparison.Ordinal) == true);
        Assert.Equal("Mua 10 bộ máy tính", record.Items[0].Target);
    }

    [Fact]
    public void A_full_width_standard_row_is_still_a_standard_not_a_group_heading()
    {
        var row = new TableRow([Cell(0, "TIÊU CHUẨN 3: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC", span: 6)]);
        Assert.False(GroupHeadingRowRule.IsGroupRow(row, 6));
        Assert.True(GroupHeadingRowRule.IsGroupRow(new TableRow([Cell(0, "II. KHU TRUNG TÂM", span: 6)]), 6));
        Assert.False(GroupHeadingRowRule.IsGroupRow(new TableRow([Cell(0, "phòng học cũ ở dãy C", span: 6)]), 6));
    }

    [Fact]
    public void A_numbered_task_naming_its_criterion_in_brackets_opens_an_item_with_the_task_as_target()
    {
        var record = Parse(
            Line("- Nhiệm vụ 1: Lát lại nền nhà vệ sinh khối 3 (tiêu chí 3.4)."),
            Line("Cách làm: Thuê thợ lát gạch chống trơn, làm lại rãnh thoát nước."),
            Line("Người phụ trách: Phó Hiệu trưởng."),
            Line("Thời hạn: Hè 2026."),
            Line("Kinh phí: 30 triệu đồng, nguồn ngân sách xã."),
            Line("- Nhiệm vụ 2: Tập huấn giáo viên dạy học tích hợp (TC 2.2)."),
            Line("Cách làm: Mời báo cáo viên của Phòng GD&ĐT."),
            Line("Thời hạn: Tháng 11/2025."),
            Line("Kinh phí: Không."));

        Assert.Equal(["3.4", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Lát lại nền nhà vệ sinh khối 3", record.Items[0].Target);
        Assert.StartsWith("Thuê thợ lát gạch", record.Items[0].Actions);
        Assert.Equal(("2026-06", "2026-08"), (record.Items[0].Timeline?.Start, record.Items[0].Timeline?.End));
        Assert.Equal(30_000_000, record.Items[0].Budget?.Vnd);
        Assert.Equal("ngân sách xã", record.Items[0].Funding);
        Assert.Null(record.Items[1].Budget);
    }

    [Fact]
    public void A_numbered_task_without_a_criterion_opens_no_item()
    {
        Assert.Null(ProseItemReader.NumberedTask("- Nhiệm vụ 3: Rà soát hồ sơ (theo kế hoạch của phòng)."));
        Assert.Null(ProseItemReader.NumberedTask("Nhiệm vụ trọng tâm: nâng cao chất lượng (tiêu chí 5.1)."));
        Assert.Equal("5.1", ProseItemReader.NumberedTask("Nhiệm vụ số 2 - Dạy học theo chủ đề (tiêu chí 5.1)")?.Reference.Code);
    }

    [Fact]
    public void A_lower_case_nguon_after_an_amount_labels_the_source_and_a_capitalised_one_is_a_name()
    {
        Assert.Equal("xã hội hóa", Normalizers.Budget("12 triệu đồng, nguồn xã hội hóa", null).Funding);
        Assert.Equal("Nguồn điều tiết", Normalizers.Budget("12 triệu đồng, Nguồn điều tiết", null).Funding);
    }

    /// <summary>A criterion section of a self-assessment report: requirements, then the numbered parts.</summary>
    private static Block[] SelfAssessmentSection(string criterion, string plan, string verdict) =>
    [
        Line(criterion, TextKind.Heading),
        Line("Mức 1: a) Có đủ phòng học theo quy định; b) Phòng học bảo đảm an toàn."),
        Line("1. Mô tả hiện trạng", TextKind.Heading),
        Line("Nhà trường có 18 phòng học, trong đó 04 phòng học đã xuống cấp."),
        Line("2. Điểm mạnh", TextKind.Heading),
        Line("Phòng học đủ ánh sáng, thoáng mát."),
        Line("3. Điểm yếu", TextKind.Heading),
        Line("Còn 04 phòng học bị thấm dột."),
        Line("4. Kế hoạch cải tiến chất lượng", TextKind.Heading),
        Line(plan),
        Line(verdict, TextKind.Heading),
    ];

    [Fact]
    public void A_self_assessment_reports_plan_part_is_the_items_actions_with_time_and_money_from_its_sentence()
    {
        var record = Parse(
        [
            .. SelfAssessmentSection("Tiêu chí 3.2: Phòng học",
                "Từ tháng 6/2026 đến tháng 8/2026, nhà trường chống thấm mái 04 phòng học với kinh phí dự kiến 180 triệu đồng từ ngân sách huyện.",
                "5. Tự đánh giá: Đạt Mức 1."),
            .. SelfAssessmentSection("Tiêu chí 3.6: Thư viện",
                "Trong học kỳ II năm học 2025-2026, thư viện bổ sung 300 bản sách, kinh phí khoảng 15 triệu đồng do xã hội hóa.",
                "5. Tự đánh giá: Không đạt."),
        ]);

        Assert.Equal(["3.2", "3.6"], record.Items.Select(i => i.Criterion));
        var roof = record.Items[0];
        Assert.Null(roof.Target);
        Assert.StartsWith("Từ tháng 6/2026 đến tháng 8/2026, nhà trường chống thấm", roof.Actions);
        Assert.Equal(("2026-06", "2026-08"), (roof.Timeline?.Start, roof.Timeline?.End));
        Assert.Equal(180_000_000, roof.Budget?.Vnd);
        Assert.Equal("ngân sách huyện", roof.Funding);
        var books = record.Items[1];
        Assert.Equal(("2026-01", "2026-05"), (books.Timeline?.Start, books.Timeline?.End));
        Assert.Equal(15_000_000, books.Budget?.Vnd);
        Assert.Equal("xã hội hóa", books.Funding);
        Assert.Equal([new Assessment("3.2", "muc-1", null), new Assessment("3.6", "khong-dat", null)], record.Assessments);
    }

    [Fact]
    public void Numbered_parts_are_recognised_only_as_self_assessment_headings()
    {
        Assert.Equal((true, false, "Xây mới …"), ProseItemReader.SelfAssessmentPart("4. Kế hoạch cải tiến chất lượng: Xây mới …"));
        Assert.Equal((false, true, "Đạt Mức 2."), ProseItemReader.SelfAssessmentPart("5. Tự đánh giá: Đạt Mức 2."));
        Assert.Null(ProseItemReader.SelfAssessmentPart("- Điểm yếu: thư viện chưa đạt chuẩn"));
        Assert.Null(ProseItemReader.SelfAssessmentPart("Kế hoạch cải tiến chất lượng năm học 2025-2026"));
    }

    [Fact]
    public void A_sentence_without_an_amount_after_kinh_phi_gives_no_budget()
    {
        var found = SentenceFields.Of("Trong quý I/2026, tổ chuyên môn rà soát hồ sơ, không phát sinh kinh phí.");
        Assert.Equal("quý I/2026", found.Time);
        Assert.Null(found.Amount);
        Assert.Null(found.Source);
    }

    [Fact]
    public void A_self_assessment_report_without_a_plan_title_takes_the_reports_title()
    {
        Block[] blocks =
        [
            Line("Số: 12/BC-THHP"),
            Line("Hòa Phú, ngày 14 tháng 10 năm 2025"),
            Line("BÁO CÁO TỰ ĐÁNH GIÁ", TextKind.Heading),
            Line("Năm học 2025 - 2026", TextKind.Heading),
            Line("Trường Tiểu học Hòa Phú tự đánh giá các tiêu chí như sau."),
        ];
        var title = TitleReader.Read(blocks);
        Assert.Equal("Báo cáo tự đánh giá năm học 2025 - 2026", title?.Text);
        Assert.Equal((2025, 2026), (title?.PeriodStart, title?.PeriodEnd));
        // A plan's own title comes first whatever stands above it.
        Block[] plan = [Line("BÁO CÁO TỰ ĐÁNH GIÁ", TextKind.Heading), Line("KẾ HOẠCH", TextKind.Heading), Line("Cải tiến chất lượng giáo dục năm học 2025-2026", TextKind.Heading)];
        Assert.StartsWith("Kế hoạch cải tiến", TitleReader.Read(plan)?.Text);
    }

    [Theory]
    [InlineData("Trong quý I/2026, Hiệu trưởng cử 02 giáo viên đi tập huấn.", "Hiệu trưởng")]
    [InlineData("Nhà trường lát lại sân; Phó Hiệu trưởng phụ trách cơ sở vật chất giám sát thi công.", "Phó Hiệu trưởng phụ trách cơ sở vật chất")]
    [InlineData("Hè 2026, giáo viên kiêm nhiệm thư viện phối hợp với Đoàn Thanh niên sắp xếp lại kho sách.", "giáo viên kiêm nhiệm thư viện")]
    [InlineData("Nhà trường tham mưu UBND xã xây tường rào.", null)]
    public void The_lead_of_a_plan_sentence_is_the_member_of_staff_opening_a_clause(string sentence, string? lead) =>
        Assert.Equal(lead, SentenceFields.Of(sentence).Lead);
}
