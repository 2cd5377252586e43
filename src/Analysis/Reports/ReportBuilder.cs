using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Reports;

/// <summary>Turns the figures into the report: a summary written from them, then one section per topic.</summary>
public static class ReportBuilder
{
    public const string Title = "BÁO CÁO TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";

    public static ReportDocument Build(ReportInput input)
    {
        var a = input.Analysis;
        var subtitle = $"Số liệu tính đến ngày {VietnameseNumbers.Date(a.Scope.AsOf)}"
            + (string.IsNullOrWhiteSpace(a.Scope.Filter) ? "; phạm vi: toàn bộ kế hoạch đã nhập" : $"; phạm vi: {a.Scope.Filter}");
        var sections = new List<ReportSection>
        {
            GapSections.Overview(a),
            GapSections.FundingAndTimeline(a),
            GapSections.SchoolLists(a),
            OtherSections.Criteria(a),
            OtherSections.Breakdowns(a),
            OtherSections.Themes(input.Themes),
            OtherSections.DataQuality(a),
            OtherSections.Method(input),
        };
        if (input.Plans.Count > 0) sections.Add(ItemSheet.Section(input.Plans));
        return new ReportDocument(Title, subtitle, Summary(a), sections);
    }

    /// <summary>Summary paragraphs generated from the figures, formal register.</summary>
    public static IReadOnlyList<string> Summary(AnalysisResult a)
    {
        var s = a.Scope;
        var paragraphs = new List<string>
        {
            $"Báo cáo tổng hợp {VietnameseNumbers.Integer(s.Plans)} kế hoạch cải tiến chất lượng giáo dục của {VietnameseNumbers.Integer(s.Schools)} trường, "
            + $"gồm {VietnameseNumbers.Integer(s.Items)} nội dung cải tiến; trong đó {VietnameseNumbers.Integer(s.ItemsWithBudget)} nội dung có dự kiến kinh phí "
            + $"với tổng số {VietnameseNumbers.Money(s.TotalBudget)}.",
        };
        var ranked = a.Gaps.Where(g => g.Schools > 0).OrderByDescending(g => g.Schools).ThenBy(g => GapCategories.IndexOf(g.Category)).ToList();
        if (ranked.Count == 0)
        {
            paragraphs.Add("Các kế hoạch trong phạm vi báo cáo không nêu thiếu hụt về cơ sở vật chất.");
        }
        else
        {
            var top = ranked.Take(3).Select(g => $"{GapCategories.DisplayName(g.Category).ToLowerInvariant()} ({VietnameseNumbers.Integer(g.Schools)} trường, {VietnameseNumbers.Percent(g.Share)})");
            paragraphs.Add($"Các nhóm thiếu hụt cơ sở vật chất được nhiều trường nêu nhất là: {string.Join("; ", top)}.");
            var costly = a.Gaps.Where(g => g.TotalBudget > 0).OrderByDescending(g => g.TotalBudget).FirstOrDefault();
            if (costly is not null)
            {
                paragraphs.Add($"Nhóm có tổng kinh phí dự kiến lớn nhất là {GapCategories.DisplayName(costly.Category).ToLowerInvariant()} với {VietnameseNumbers.Money(costly.TotalBudget)} "
                    + $"cho {VietnameseNumbers.Integer(costly.Items)} nội dung; một nội dung thuộc nhiều nhóm được tính vào từng nhóm.");
            }
        }
        var overdue = a.Gaps.Sum(g => g.OverdueItems);
        var overdueItems = OverdueDistinct(a);
        paragraphs.Add(overdueItems == 0
            ? $"Tính đến ngày {VietnameseNumbers.Date(s.AsOf)}, chưa có nội dung cải tiến cơ sở vật chất nào quá thời hạn hoàn thành dự kiến."
            : $"Tính đến ngày {VietnameseNumbers.Date(s.AsOf)}, có {VietnameseNumbers.Integer(overdueItems)} nội dung cải tiến cơ sở vật chất đã quá thời hạn hoàn thành dự kiến (tính theo từng nhóm: {VietnameseNumbers.Integer(overdue)} lượt), cần được các đơn vị rà soát tiến độ.");
        var notMet = a.Criteria.Where(c => c.SchoolsNotMet > 0).OrderByDescending(c => c.SchoolsNotMet).Take(3).ToList();
        if (notMet.Count > 0)
        {
            paragraphs.Add("Các tiêu chí có nhiều trường tự đánh giá không đạt nhất: "
                + string.Join("; ", notMet.Select(c => $"tiêu chí {c.Criterion}{(c.Name is null ? "" : " – " + c.Name)} ({VietnameseNumbers.Integer(c.SchoolsNotMet)} trường)")) + ".");
        }
        if (a.DataQuality.Count > 0)
        {
            paragraphs.Add($"Có {VietnameseNumbers.Integer(a.DataQuality.Count)} giá trị cần kiểm tra lại trong dữ liệu nguồn (xem mục Chất lượng dữ liệu); các số liệu liên quan được tính theo giá trị đọc được.");
        }
        return paragraphs;
    }

    private static int OverdueDistinct(AnalysisResult a) => a.OverdueGapItems;
}
