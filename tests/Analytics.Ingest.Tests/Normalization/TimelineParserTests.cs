using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class TimelineParserTests
{
    private static (string? Start, string? End) Span(string text, int? periodStart = 2024, int? periodEnd = 2025)
    {
        var timeline = TimelineParser.Parse(text, periodStart, periodEnd);
        Assert.NotNull(timeline);
        return (timeline!.Start, timeline.End);
    }

    [Theory]
    [InlineData("Quý 1/2024", "2024-01", "2024-03")]
    [InlineData("Quý I/2024", "2024-01", "2024-03")]
    [InlineData("Quý III/2024", "2024-07", "2024-09")]
    [InlineData("Quý 4/2024", "2024-10", "2024-12")]
    [InlineData("Quý IV năm 2024", "2024-10", "2024-12")]
    [InlineData("Quý I, II/2025", "2025-01", "2025-06")]
    [InlineData("Quý 2 - 3/2025", "2025-04", "2025-09")]
    [InlineData("Quy 1/2024", "2024-01", "2024-03")]
    public void Quarter_spans_its_three_months(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("Năm 2024", "2024-01", "2024-12")]
    [InlineData("2024", "2024-01", "2024-12")]
    [InlineData("Năm 2023-2025", "2023-01", "2025-12")]
    [InlineData("Năm 2024 - 2025", "2024-01", "2025-12")]
    [InlineData("Giai đoạn 2023-2025", "2023-01", "2025-12")]
    [InlineData("2023-2025", "2023-01", "2025-12")]
    [InlineData("Nam 2024", "2024-01", "2024-12")]
    public void Calendar_years_span_january_to_december(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("Tháng 12/2022", "2022-12", "2022-12")]
    [InlineData("12/2022", "2022-12", "2022-12")]
    [InlineData("Tháng 12/ 2022", "2022-12", "2022-12")]
    [InlineData("tháng 9 năm 2023", "2023-09", "2023-09")]
    [InlineData("Thang 12/2022", "2022-12", "2022-12")]
    [InlineData("T9/2024", "2024-09", "2024-09")]
    [InlineData("15/10/2024", "2024-10", "2024-10")]
    [InlineData("Ngày 15 tháng 10 năm 2024", "2024-10", "2024-10")]
    public void Single_month_spans_itself(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("Từ 8/2023 đến 5/2024", "2023-08", "2024-05")]
    [InlineData("Từ 8/2023 Đến 5/2024", "2023-08", "2024-05")]
    [InlineData("Tháng 12/2020 đến tháng 12/2022", "2020-12", "2022-12")]
    [InlineData("Tháng 12/ 2020 đến tháng 12/ 2022", "2020-12", "2022-12")]
    [InlineData("9/2024 - 5/2025", "2024-09", "2025-05")]
    [InlineData("Tháng 9-12/2024", "2024-09", "2024-12")]
    [InlineData("Tháng 9, 10/2024", "2024-09", "2024-10")]
    [InlineData("Từ tháng 9 đến tháng 12/2024", "2024-09", "2024-12")]
    [InlineData("Từ tháng 9 đến tháng 5/2025", "2024-09", "2025-05")]
    [InlineData("Tháng 9/2024 đến tháng 5", "2024-09", "2025-05")]
    [InlineData("01/9/2024 - 31/5/2025", "2024-09", "2025-05")]
    public void Range_of_months_spans_from_first_to_last(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("Năm học 2024-2025", "2024-09", "2025-05")]
    [InlineData("Năm học 2024 - 2025", "2024-09", "2025-05")]
    [InlineData("Năm học: 2024-2025", "2024-09", "2025-05")]
    [InlineData("năm học **2023 - 2024**", "2023-09", "2024-05")]
    [InlineData("Nam hoc 2024-2025", "2024-09", "2025-05")]
    [InlineData("Năm học 2024-25", "2024-09", "2025-05")]
    [InlineData("Năm học 2023 – 2024", "2023-09", "2024-05")]
    [InlineData("Từ năm học 2024-2025 đến 2028-2029", "2024-09", "2029-05")]
    public void School_year_spans_september_to_may(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Fact]
    public void Bare_consecutive_years_are_a_school_year() => Assert.Equal(("2024-09", "2025-05"), Span("2024-2025"));

    [Theory]
    [InlineData("HKI năm học 2024-2025", "2024-09", "2025-01")]
    [InlineData("HKII năm học 2024-2025", "2025-01", "2025-05")]
    [InlineData("Học kỳ I năm học 2024-2025", "2024-09", "2025-01")]
    [InlineData("Học kì II năm học 2024 - 2025", "2025-01", "2025-05")]
    [InlineData("HK1 2024-2025", "2024-09", "2025-01")]
    [InlineData("HK2", "2025-01", "2025-05")]
    [InlineData("Học kỳ I", "2024-09", "2025-01")]
    [InlineData("HKI, HKII năm học 2024-2025", "2024-09", "2025-05")]
    [InlineData("Hoc ky 2 nam hoc 2024-2025", "2025-01", "2025-05")]
    public void Semester_spans_its_half_of_the_school_year(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("Hè 2025", "2025-06", "2025-08")]
    [InlineData("Hè năm 2025", "2025-06", "2025-08")]
    [InlineData("Dịp hè 2024", "2024-06", "2024-08")]
    [InlineData("He 2025", "2025-06", "2025-08")]
    public void Summer_spans_june_to_august(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Fact]
    public void Hệ_is_not_summer() => Assert.Equal((null, null), Span("Hệ thống", null, null));

    [Theory]
    [InlineData("Năm học 2024 - 2025 và các năm tiếp theo", "2024-09")]
    [InlineData("Năm học 2024-2025 và các năm học tiếp theo", "2024-09")]
    [InlineData("Bắt đầu từ năm học 2022-2023", "2022-09")]
    [InlineData("Từ năm học 2023- 2024", "2023-09")]
    [InlineData("Từ năm 2024", "2024-01")]
    [InlineData("năm học 2026 - 2027 và các năm học sau", "2026-09")]
    public void Open_ended_timeline_has_no_end(string text, string start) => Assert.Equal((start, (string?)null), Span(text));

    [Theory]
    [InlineData("Cả năm học")]
    [InlineData("Hàng tháng")]
    [InlineData("Định kỳ")]
    [InlineData("Thường xuyên")]
    [InlineData("Thuong xuyen")]
    [InlineData("Trong năm học")]
    public void Recurring_timeline_spans_the_plans_school_year(string text) => Assert.Equal(("2024-09", "2025-05"), Span(text, 2024, 2025));

    [Theory]
    [InlineData("Cả năm học", 2024, 2029)]
    [InlineData("Hàng tháng", null, null)]
    [InlineData("Định kỳ", 2024, 2024)]
    public void Recurring_timeline_is_unknown_when_the_plan_is_not_one_school_year(string text, int? ps, int? pe) =>
        Assert.Equal((null, null), Span(text, ps, pe));

    [Fact]
    public void Impossible_school_year_is_left_unknown_with_the_dates_read_kept_aside()
    {
        var parse = TimelineParser.ParseDetailed("Từ năm học 2013- 2024", 2023, 2024);
        Assert.Equal(("Từ năm học 2013- 2024", null, null), (parse.Timeline?.Text, parse.Timeline?.Start, parse.Timeline?.End));
        Assert.Contains(parse.Warnings, w => w.Contains("typo"));
        Assert.Equal("2013-09", parse.Implausible?.Start);
    }

    [Theory]
    [InlineData("2013-2024", 2023, 2024)]
    [InlineData("Năm 2013", 2023, 2024)]
    [InlineData("Năm học 2024-2025 đến 2038-2039", 2024, 2025)]
    public void Dates_far_from_the_plans_period_are_unknown(string text, int ps, int pe)
    {
        var parse = TimelineParser.ParseDetailed(text, ps, pe);
        Assert.Equal((null, null), (parse.Timeline?.Start, parse.Timeline?.End));
        Assert.NotNull(parse.Implausible);
        Assert.NotEmpty(parse.Warnings);
    }

    [Fact]
    public void Five_year_plan_span_is_plausible() =>
        Assert.Equal(("2024-09", "2029-05"), Span("Từ năm học 2024-2025 đến hết năm học 2028 -2029", 2024, 2029));

    [Fact]
    public void Several_timelines_take_earliest_start_and_latest_end() =>
        Assert.Equal(("2024-01", "2025-05"), Span("Quý 1/2024; HKII năm học 2024-2025"));

    [Fact]
    public void Deadline_has_no_start() => Assert.Equal((null, "2023-08"), Span("Trước tháng 8/2023"));

    [Theory]
    [InlineData("Cuối HK II", "2025-05", "2025-05")]
    [InlineData("Cuối năm 2025", "2025-12", "2025-12")]
    [InlineData("Đầu năm học 2024-2025", "2024-09", "2024-09")]
    [InlineData("Đầu HKII năm học 2024-2025", "2025-01", "2025-01")]
    public void Start_or_end_of_a_span_is_its_first_or_last_month(string text, string start, string end) =>
        Assert.Equal((start, end), Span(text, 2024, 2025));

    [Theory]
    [InlineData("Trước 30/6/2026", 2025, 2030, "2026-06")]
    [InlineData("Trước 31/12/2024", 2024, 2025, "2024-12")]
    public void Deadline_written_as_a_date_has_no_start(string text, int ps, int pe, string end) =>
        Assert.Equal((null, end), Span(text, ps, pe));

    [Theory]
    [InlineData("Tháng 11 hằng năm", 2024, 2025, "2024-11", "2024-11")]
    [InlineData("Tháng 10 hằng năm", 2025, 2027, null, null)]
    [InlineData("Quý I và Quý II/2025", 2024, 2025, "2025-01", "2025-06")]
    [InlineData("HK II", 2024, 2025, "2025-01", "2025-05")]
    [InlineData("Giai đoạn 2025-2026", 2025, 2027, "2025-01", "2026-12")]
    [InlineData("2026 - 2028", 2025, 2030, "2026-01", "2028-12")]
    public void Recurring_month_quarters_bare_semester_and_phases(string text, int ps, int pe, string? start, string? end) =>
        Assert.Equal((start, end), Span(text, ps, pe));

    [Theory]
    [InlineData("Tháng 9", "2024-09")]
    [InlineData("Tháng 3", "2025-03")]
    public void Month_without_year_takes_it_from_the_plans_school_year(string text, string month) =>
        Assert.Equal((month, month), Span(text, 2024, 2025));

    [Fact]
    public void Month_without_year_and_without_period_is_unknown_with_a_warning()
    {
        var parse = TimelineParser.ParseDetailed("Tháng 9", null, null);
        Assert.Equal((null, null), (parse.Timeline?.Start, parse.Timeline?.End));
        Assert.NotEmpty(parse.Warnings);
    }

    [Fact]
    public void Text_is_kept_with_collapsed_whitespace()
    {
        Assert.Equal("Quý 1/2024", TimelineParser.Parse("  Quý 1/2024\n", null, null)?.Text);
        Assert.Equal("Từ 8/2023 Đến 5/2024", TimelineParser.Parse("Từ 8/2023\nĐến 5/2024", null, null)?.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_cell_has_no_timeline(string? text) => Assert.Null(TimelineParser.Parse(text, 2024, 2025));

    [Fact]
    public void Undated_text_keeps_its_text_without_months() =>
        Assert.Equal(new Records.Timeline("Khi có kinh phí", null, null), TimelineParser.Parse("Khi có kinh phí", 2024, 2025));

    [Theory]
    [InlineData("Quy định tại Thông tư 2024", "2024-01", "2024-12")]
    [InlineData("Quỹ hội 2024", "2024-01", "2024-12")]
    public void Words_folding_to_quy_are_not_quarters(string text, string start, string end) => Assert.Equal((start, end), Span(text));

    [Theory]
    [InlineData("2027-2028", 2025, 2030, "2027-01", "2028-12")]
    [InlineData("2029 - 2030", 2025, 2030, "2029-01", "2030-12")]
    [InlineData("2024-2025", 2024, 2025, "2024-09", "2025-05")]
    [InlineData("2031-2032", 2025, 2030, "2031-09", "2032-05")]
    [InlineData("Năm học 2027-2028", 2025, 2030, "2027-09", "2028-05")]
    public void Bare_year_pair_is_calendar_years_only_inside_a_multi_year_period(string text, int from, int to, string start, string end)
    {
        var timeline = TimelineParser.Parse(text, from, to);
        Assert.Equal((start, end), (timeline?.Start, timeline?.End));
    }
}

/// <summary>A timeline cell that labels its two ends ("Bắt đầu: … / Kết thúc: …") or a pair of "Từ ngày | Đến ngày"
/// columns read together: the span is closed at the stated end, not open-ended.</summary>
public sealed class LabelledTimelineEndsTests
{
    [Theory]
    [InlineData("Bắt đầu: 11/2025 Kết thúc: 01/2026", "2025-11", "2026-01")]
    [InlineData("Bắt đầu: 10/2025\nKết thúc: 12/2025", "2025-10", "2025-12")]
    [InlineData("Ngày bắt đầu 02/9/2025; hoàn thành 30/11/2025", "2025-09", "2025-11")]
    [InlineData("01/12/2025; 31/3/2026", "2025-12", "2026-03")]
    public void Stated_start_and_end_give_a_closed_span(string text, string start, string end)
    {
        var timeline = TimelineParser.Parse(text, 2025, 2026);
        Assert.Equal((start, end), (timeline?.Start, timeline?.End));
    }

    [Fact]
    public void A_start_alone_stays_open_ended()
    {
        var timeline = TimelineParser.Parse("Bắt đầu: 11/2025", 2025, 2026);
        Assert.Equal(("2025-11", (string?)null), (timeline?.Start, timeline?.End));
    }
}
