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
        [Breakdown("Theo tỉnh", "Bảng 7. Theo tỉnh, thành phố", "Tỉnh, thành phố", a.ByProvince),
         Breakdown("Theo huyện", "Bảng 8. Theo quận, huyện", "Quận, huyện", a.ByDistrict),
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
        return new ReportTable(sheet, title, columns, rows.Select(r => (IReadOnlyList<ReportCell>)
            [ReportCell.Of(r.Key), ReportCell.Int(r.Schools), ReportCell.Int(r.Plans), ReportCell.Int(r.Items), ReportCell.Vnd(r.Budget),
             .. r.SchoolsPerCategory.Select(n => ReportCell.Int(n))]).ToList());
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
        if (input.Classifier is { } c)
        {
            var chosen = c.Candidates.Single(x => x.Name == c.Chosen);
            var selection = c.Folds >= 2
                ? $"các phương pháp được so sánh bằng kiểm định chéo {c.Folds} phần trên {VietnameseNumbers.Integer(c.TrainingExamples)} câu đã gán nhãn thủ công"
                : $"các phương pháp được huấn luyện trên {VietnameseNumbers.Integer(c.TrainingExamples)} câu đã gán nhãn thủ công (lựa chọn phương pháp đã được xác định trước bằng kiểm định chéo)";
            paragraphs.Add($"Phân loại nhóm thiếu hụt: {selection}, "
                + $"rồi đo một lần trên {VietnameseNumbers.Integer(c.HeldOutExamples)} câu để riêng không dùng khi huấn luyện. Phương pháp được dùng: {c.Chosen}, "
                + $"macro-F1 trên tập để riêng {VietnameseNumbers.Decimal(chosen.HeldOut.MacroF1, 3)}.");
            paragraphs.Add("Kết quả đo: " + string.Join("; ", c.Candidates.Select(x =>
                $"{x.Name}: " + (double.IsNaN(x.CrossValidatedMacroF1) ? "" : $"macro-F1 kiểm định chéo {VietnameseNumbers.Decimal(x.CrossValidatedMacroF1, 3)}, ")
                + $"macro-F1 trên tập để riêng {VietnameseNumbers.Decimal(x.HeldOut.MacroF1, 3)}")) + ".");
        }
        if (input.Themes is { ChosenK: > 0 } t)
        {
            paragraphs.Add($"Chủ đề hạn chế: câu được biểu diễn bằng n-gram từ (ML.NET FeaturizeText, văn bản bỏ dấu) và phân cụm KMeans; số chủ đề k được chọn theo hệ số silhouette trung bình (khoảng cách cosin): "
                + string.Join(", ", t.Tried.Select(x => $"k={x.K}: {VietnameseNumbers.Decimal(x.Silhouette, 3)}")) + $"; chọn k={t.ChosenK}."
                + (t.DistinctSentences > FitSample
                    ? $" Với {VietnameseNumbers.Integer(t.DistinctSentences)} câu khác nhau, mô hình được khớp và chọn k trên mẫu {VietnameseNumbers.Integer(FitSample)} câu lấy đều theo thứ tự chữ cái; mọi câu sau đó được gán vào chủ đề có tâm gần nhất."
                    : ""));
        }
        paragraphs.Add("Kinh phí là số tiền dự kiến ghi trong kế hoạch, quy đổi ra đồng; nội dung không ghi số tiền không được tính. Quý hoàn thành lấy theo tháng kết thúc của thời gian thực hiện.");
        return new ReportSection("8. Ghi chú phương pháp", paragraphs, [], []);
    }
}
