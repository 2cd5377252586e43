using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;
using Analytics.Analysis.Themes;

namespace Analytics.Analysis.Reports;

/// <summary>Criteria, breakdowns, weakness themes, data quality and the method note.</summary>
internal static class OtherSections
{
    public static ReportSection Criteria(AnalysisResult a)
    {
        var table = new ReportTable("Tiêu chí", "Bảng 6. Tiêu chí có nội dung cải tiến hoặc chưa đạt",
        [
            new("Tiêu chí", CellKind.Text), new("Tên tiêu chí", CellKind.Text), new("Số trường có nội dung cải tiến", CellKind.Integer),
            new("Số trường tự đánh giá không đạt", CellKind.Integer), new("Số trường đạt Mức 1", CellKind.Integer),
            new("Số nội dung", CellKind.Integer), new("Kinh phí (đồng)", CellKind.Vnd),
        ],
        a.Criteria.Select(c => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(c.Criterion), ReportCell.Of(c.Name), ReportCell.Int(c.SchoolsWithItem), ReportCell.Int(c.SchoolsNotMet),
            ReportCell.Int(c.SchoolsLevel1), ReportCell.Int(c.Items), ReportCell.Vnd(c.Budget),
        ]).ToList());
        return new ReportSection("4. Tình hình theo tiêu chí đánh giá",
            ["Kết quả tự đánh giá lấy theo mức cao nhất trường đạt được ở từng tiêu chí, như kế hoạch báo cáo."], [table], []);
    }

    public static ReportSection Breakdowns(AnalysisResult a) => new("5. Phân tích theo địa bàn và cấp học",
        ["Mỗi bảng nêu số trường, số kế hoạch, số nội dung, tổng kinh phí dự kiến và số trường theo từng nhóm thiếu hụt."],
        [Breakdown("Theo tỉnh", "Bảng 7. Theo tỉnh, thành phố (đơn vị hành chính từ 01/7/2025)", "Tỉnh, thành phố", a.ByProvince),
         Breakdown("Theo huyện", "Bảng 8. Theo quận, huyện trước đây (trước 01/7/2025)", "Quận, huyện trước đây (tỉnh)", a.ByDistrict),
         Breakdown("Theo cấp học", "Bảng 9. Theo cấp học", "Cấp học", a.ByLevel.Select(r => r with { Key = LevelName(r.Key) }).ToList())],
        []);

    private static ReportTable Breakdown(string sheet, string title, string keyHeader, IReadOnlyList<BreakdownRow> rows)
    {
        var columns = new List<ReportColumn>
        {
            new(keyHeader, CellKind.Text), new("Số trường", CellKind.Integer), new("Số kế hoạch", CellKind.Integer),
            new("Số nội dung", CellKind.Integer), new("Kinh phí (đồng)", CellKind.Vnd),
        };
        columns.AddRange(GapCategories.All.Select(c => new ReportColumn(GapCategories.DisplayName(c), CellKind.Integer)));
        // Printed, the sixteen columns split in two: the totals, then the schools per gap category.
        return new ReportTable(sheet, title, columns, rows.Select(r => (IReadOnlyList<ReportCell>)
            [ReportCell.Of(r.Key), ReportCell.Int(r.Schools), ReportCell.Int(r.Plans), ReportCell.Int(r.Items), ReportCell.Vnd(r.Budget),
             .. r.SchoolsPerCategory.Select(n => ReportCell.Int(n))]).ToList())
        {
            SplitAt = 5,
            SplitTitle = title + " (tiếp): số trường theo nhóm thiếu hụt",
        };
    }

    public static string LevelName(string code) => code switch
    {
        "mam-non" => "Mầm non",
        "tieu-hoc" => "Tiểu học",
        "thcs" => "Trung học cơ sở",
        "thpt" => "Trung học phổ thông",
        "lien-cap" => "Liên cấp",
        _ => code,
    };

    public static ReportSection Themes(ThemeResult? themes)
    {
        if (themes is null || themes.Themes.Count == 0)
        {
            return new ReportSection("6. Các hạn chế lặp lại ngoài cơ sở vật chất",
                ["Số câu hạn chế trong phạm vi báo cáo chưa đủ để xác định các chủ đề lặp lại."], [], []);
        }
        var table = new ReportTable("Chủ đề hạn chế", "Bảng 10. Chủ đề hạn chế lặp lại giữa các trường",
            [new("Chủ đề", CellKind.Integer), new("Từ khóa đặc trưng", CellKind.Text), new("Số câu", CellKind.Integer),
             new("Số trường", CellKind.Integer), new("Câu tiêu biểu", CellKind.Text), new("Trường", CellKind.Text)],
            themes.Themes.Select(t => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Int(t.Id), ReportCell.Of(string.Join(", ", t.TopTerms)), ReportCell.Int(t.Sentences), ReportCell.Int(t.Schools.Count),
                ReportCell.Of(string.Join(" | ", t.Representatives)), ReportCell.Of(SchoolList(t.Schools)),
            ]).ToList());
        var top = themes.Themes.Take(3).Select(t => $"{string.Join(", ", t.TopTerms.Take(2))} ({VietnameseNumbers.Integer(t.Schools.Count)} trường)");
        return new ReportSection("6. Các hạn chế lặp lại ngoài cơ sở vật chất",
        [
            $"Các câu hạn chế không thuộc nhóm thiếu hụt cơ sở vật chất ({VietnameseNumbers.Integer(themes.SentencesClustered)} câu, {VietnameseNumbers.Integer(themes.DistinctSentences)} câu khác nhau) được phân thành {themes.ChosenK} chủ đề. Các chủ đề gặp ở nhiều trường nhất: {string.Join("; ", top)}.",
        ],
        [table], []);
    }

    private static string SchoolList(IReadOnlyList<string> schools) =>
        schools.Count <= 10 ? string.Join("; ", schools) : string.Join("; ", schools.Take(10)) + $"; và {VietnameseNumbers.Integer(schools.Count - 10)} trường khác";

    public static ReportSection DataQuality(AnalysisResult a)
    {
        var table = new ReportTable("Chất lượng dữ liệu", "Bảng 11. Giá trị cần kiểm tra trong dữ liệu nguồn",
            [new("Loại", CellKind.Text), new("Nguồn", CellKind.Text), new("Trường", CellKind.Text), new("Trường dữ liệu", CellKind.Text), new("Chi tiết", CellKind.Text), new("Vị trí", CellKind.Text)],
            a.DataQuality.Select(d => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(d.Kind), new ReportCell(d.Source, null, SourceLink(d.Source)), ReportCell.Of(d.School),
                ReportCell.Of(d.Field), ReportCell.Of(d.Detail), ReportCell.Of(d.Location),
            ]).ToList());
        var counts = a.DataQuality.GroupBy(d => d.Kind).Select(g => $"{g.Key.ToLowerInvariant()}: {VietnameseNumbers.Integer(g.Count())}");
        return new ReportSection("7. Chất lượng dữ liệu",
            [a.DataQuality.Count == 0 ? "Không phát hiện giá trị bất thường trong dữ liệu nguồn." : $"Các giá trị cần kiểm tra ({string.Join("; ", counts)}). Cột Nguồn dẫn tới tệp kế hoạch gốc."],
            [table], []);
    }

    /// <summary>A link to the source file as ingested (relative paths stay relative to the report); an
    /// absolute source is linked only when it is an http(s) address: a source named "javascript:…" (or any
    /// other scheme) is shown as text, never as a link.</summary>
    public static string? SourceLink(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri)
            ? (ReportLinks.IsSafe(uri.AbsoluteUri) ? uri.AbsoluteUri : null)
            : string.Join('/', source.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static readonly int FitSample = new ThemeOptions().MaxFitSentences;

    public static ReportSection Method(ReportInput input)
    {
        var paragraphs = new List<string> { input.GapSourceNote };
        if (input.Classifier is { } c) paragraphs.Add(ClassifierNote(c));
        if (input.Themes is { ChosenK: > 0 } t)
        {
            paragraphs.Add($"Chủ đề hạn chế: các câu hạn chế không nói tới cơ sở vật chất được gom thành {VietnameseNumbers.Integer(t.ChosenK)} nhóm theo những từ chúng dùng chung; "
                + "số nhóm được chọn sao cho các câu trong cùng một nhóm giống nhau nhất và khác nhất với câu của nhóm khác."
                + (t.DistinctSentences > FitSample
                    ? $" Vì có {VietnameseNumbers.Integer(t.DistinctSentences)} câu khác nhau, việc chia nhóm được làm trên {VietnameseNumbers.Integer(FitSample)} câu chọn đều, rồi mỗi câu còn lại được xếp vào nhóm gần nó nhất."
                    : ""));
        }
        paragraphs.Add("Kinh phí là số tiền dự kiến ghi trong kế hoạch, quy đổi ra đồng; nội dung không ghi số tiền không được tính. Quý hoàn thành lấy theo tháng kết thúc của thời gian thực hiện.");
        return new ReportSection("8. Ghi chú phương pháp", paragraphs, [], []);
    }

    /// <summary>How categories were found and how often that way is right, in words an office reads: the share
    /// of hand-labelled sentences, kept apart from any tuning, whose categories it found.</summary>
    private static string ClassifierNote(ClassifierChoice c)
    {
        var chosen = c.Candidates.Single(x => x.Name == c.Chosen);
        var how = c.Chosen == GapClassifierFactory.LexiconName
            ? "đối chiếu với danh mục từ khóa của từng nhóm (ví dụ \"thư viện\", \"phòng học bộ môn\", \"nhà vệ sinh\")"
            : "một mô hình học máy được huấn luyện trên các câu đã gán nhóm thủ công";
        var compared = c.Folds >= 2 ? $" Cách này được chọn sau khi so sánh {VietnameseNumbers.Integer(c.Candidates.Count)} cách trên {VietnameseNumbers.Integer(c.TrainingExamples)} câu gán nhóm thủ công." : "";
        return $"Nội dung cải tiến và câu hạn chế chưa ghi nhóm được xếp nhóm bằng cách {how}.{compared} "
            + $"Kiểm tra trên {VietnameseNumbers.Integer(c.HeldOutExamples)} câu đã gán nhóm thủ công, không dùng khi xây dựng cách xếp nhóm: "
            + $"điểm chính xác trung bình của các nhóm đạt {VietnameseNumbers.Percent(chosen.HeldOut.MacroF1)} (điểm của mỗi nhóm cân bằng giữa câu xếp đúng vào nhóm và câu của nhóm không bị bỏ sót).";
    }
}
