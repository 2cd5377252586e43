using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Reports;

/// <summary>The facility-gap sections: overview table and charts, funding and timeline, school lists.</summary>
internal static class GapSections
{
    public static ReportSection Overview(AnalysisResult a)
    {
        var table = new ReportTable("Nhóm thiếu hụt", "Bảng 1. Thiếu hụt cơ sở vật chất theo nhóm",
        [
            new("Nhóm thiếu hụt", CellKind.Text), new("Số trường", CellKind.Integer), new("Tỷ lệ trường", CellKind.Percent),
            new("Số nội dung", CellKind.Integer), new("Tổng kinh phí (đồng)", CellKind.Vnd),
            new("Trung vị kinh phí/trường (đồng)", CellKind.Vnd), new("Nội dung quá hạn", CellKind.Integer),
        ],
        a.Gaps.Select(g => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(GapCategories.DisplayName(g.Category)), ReportCell.Int(g.Schools), ReportCell.Percent(g.Share),
            ReportCell.Int(g.Items), ReportCell.Vnd(g.TotalBudget), ReportCell.Vnd(g.MedianSchoolBudget), ReportCell.Int(g.OverdueItems),
        ]).ToList());
        var schools = new ChartSpec("chart-schools", "Biểu đồ 1. Số trường theo nhóm thiếu hụt", "Số trường", CellKind.Integer,
            [.. a.Gaps.OrderByDescending(g => g.Schools).Select(g => new ChartBar(GapCategories.DisplayName(g.Category), g.Schools))]);
        var budget = new ChartSpec("chart-budget", "Biểu đồ 2. Tổng kinh phí dự kiến theo nhóm (triệu đồng)", "Triệu đồng", CellKind.Integer,
            [.. a.Gaps.OrderByDescending(g => g.TotalBudget).Select(g => new ChartBar(GapCategories.DisplayName(g.Category), Math.Round(g.TotalBudget / 1e6)))]);
        return new ReportSection("1. Thiếu hụt cơ sở vật chất theo nhóm",
        [
            $"Tỷ lệ trường được tính trên tổng số {VietnameseNumbers.Integer(a.Scope.Schools)} trường trong phạm vi báo cáo. Một trường được tính vào một nhóm khi kế hoạch của trường nêu thiếu hụt thuộc nhóm đó (trong nội dung cải tiến, hạn chế hoặc danh sách nhóm của kế hoạch).",
            "Trung vị kinh phí được tính trên tổng kinh phí dự kiến của từng trường cho nhóm, chỉ gồm các trường có ghi kinh phí. Nội dung quá hạn là nội dung có tháng hoàn thành dự kiến đã qua tại ngày lập báo cáo.",
        ],
        [table], [schools, budget]);
    }

    public static ReportSection FundingAndTimeline(AnalysisResult a)
    {
        var funding = new ReportTable("Nguồn kinh phí", "Bảng 2. Nguồn kinh phí theo nhóm thiếu hụt",
            [new("Nhóm thiếu hụt", CellKind.Text), new("Nguồn kinh phí", CellKind.Text), new("Số nội dung", CellKind.Integer), new("Kinh phí (đồng)", CellKind.Vnd)],
            a.Gaps.SelectMany(g => g.Funding.Select(f => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(GapCategories.DisplayName(g.Category)), ReportCell.Of(f.Source), ReportCell.Int(f.Items), ReportCell.Vnd(f.Budget)])).ToList());
        var completion = new ReportTable("Thời hạn hoàn thành", "Bảng 3. Thời hạn hoàn thành dự kiến theo nhóm (quý)",
            [new("Nhóm thiếu hụt", CellKind.Text), new("Quý hoàn thành", CellKind.Text), new("Số nội dung", CellKind.Integer), new("Kinh phí (đồng)", CellKind.Vnd)],
            a.Gaps.SelectMany(g => g.Completion.Select(c => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(GapCategories.DisplayName(g.Category)), ReportCell.Of(QuarterLabel(c.Period)), ReportCell.Int(c.Items), ReportCell.Vnd(c.Budget)])).ToList());
        var timeline = new ChartSpec("chart-timeline", "Biểu đồ 3. Số nội dung cải tiến cơ sở vật chất theo quý hoàn thành dự kiến", "Số nội dung", CellKind.Integer,
            a.Timeline.Select(t => new ChartBar(QuarterLabel(t.Period), t.Items)).ToList());
        return new ReportSection("2. Nguồn kinh phí và thời hạn hoàn thành",
            ["Nguồn kinh phí được nhóm từ nội dung ghi trong kế hoạch: ngân sách nhà nước (các cấp, chi thường xuyên), xã hội hóa (tài trợ, huy động, đóng góp của cha mẹ học sinh), cả hai, nguồn khác, hoặc không ghi nguồn."],
            [funding, completion], [timeline]);
    }

    /// <summary>Schools named per category in the document formats.</summary>
    public const int NamedSchools = 20;

    /// <summary>Per category, the first schools by name and how many more (every format), and the full
    /// list, one row per school and category, for the workbook only.</summary>
    public static ReportSection SchoolLists(AnalysisResult a)
    {
        var named = new ReportTable("Trường theo nhóm", "Bảng 4. Trường theo nhóm thiếu hụt",
            [new("Nhóm thiếu hụt", CellKind.Text), new("Số trường", CellKind.Integer), new("Trường", CellKind.Text)],
            a.Gaps.Where(g => g.Schools > 0).Select(g => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(GapCategories.DisplayName(g.Category)), ReportCell.Int(g.Schools), ReportCell.Of(FirstNames(g.SchoolNames)),
            ]).ToList());
        var full = new ReportTable("Danh sách trường", "Bảng 5. Danh sách đầy đủ trường theo nhóm thiếu hụt",
            [new("Nhóm thiếu hụt", CellKind.Text), new("Trường", CellKind.Text)],
            a.Gaps.SelectMany(g => g.SchoolNames.Select(s => (IReadOnlyList<ReportCell>)[ReportCell.Of(GapCategories.DisplayName(g.Category)), ReportCell.Of(s)])).ToList())
        {
            WorkbookOnly = true,
        };
        return new ReportSection("3. Danh sách trường theo nhóm thiếu hụt",
            [$"Mỗi nhóm nêu tên {NamedSchools} trường đầu tiên theo thứ tự chữ cái; danh sách đầy đủ có trong bản XLSX của báo cáo."],
            [named, full], []);
    }

    private static string FirstNames(IReadOnlyList<string> schools) =>
        schools.Count <= NamedSchools
            ? string.Join("; ", schools)
            : string.Join("; ", schools.Take(NamedSchools)) + $"; và {VietnameseNumbers.Integer(schools.Count - NamedSchools)} trường khác";

    /// <summary>"2024-Q3" → "Quý III/2024".</summary>
    public static string QuarterLabel(string period)
    {
        if (period.Length != 7 || period[4] != '-' || period[5] != 'Q') return period;
        var roman = period[6] switch { '1' => "I", '2' => "II", '3' => "III", _ => "IV" };
        return $"Quý {roman}/{period[..4]}";
    }
}
