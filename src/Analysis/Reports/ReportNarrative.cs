using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Reports;

/// <summary>The report's opening paragraphs, written from the figures the way an analyst would brief a
/// department: the scale first, then what most schools lack (most frequent first, each with its share of
/// the schools), what costs most (with its share of all planned money and where it stands by frequency),
/// what is late, which criteria schools judge themselves weakest on, and what in the data still needs
/// checking. Every number says what it is a number of; every list runs from the heaviest down.</summary>
public static class ReportNarrative
{
    private const int MedianFrom = 4;

    public static IReadOnlyList<string> Paragraphs(AnalysisResult a)
    {
        var paragraphs = new List<string> { Scale(a.Scope) };
        var ranked = a.Gaps.Where(g => g.Schools > 0)
            .OrderByDescending(g => g.Schools).ThenBy(g => GapCategories.IndexOf(g.Category)).ToList();
        if (ranked.Count == 0)
        {
            paragraphs.Add("Không kế hoạch nào trong phạm vi báo cáo nêu thiếu hụt về cơ sở vật chất.");
        }
        else
        {
            paragraphs.Add(Frequent(ranked, a.Scope.Schools));
            if (Costly(a, ranked) is { } costly) paragraphs.Add(costly);
        }
        paragraphs.Add(Late(a));
        if (Criteria(a) is { } criteria) paragraphs.Add(criteria);
        if (a.DataQuality.Count > 0)
            paragraphs.Add($"Lưu ý: {N(a.DataQuality.Count)} giá trị trong văn bản gốc chưa đọc được chắc chắn (liệt kê ở mục Chất lượng dữ liệu). "
                + "Các số liệu trên tính theo giá trị đã đọc, nên cần đối chiếu với văn bản trước khi sử dụng.");
        return paragraphs;
    }

    private static string Scale(AnalysisScope s)
    {
        var text = $"Báo cáo tổng hợp {N(s.Plans)} kế hoạch cải tiến chất lượng giáo dục của {N(s.Schools)} trường, với {N(s.Items)} nội dung cải tiến.";
        if (s.ItemsWithBudget == 0) return text + " Chưa nội dung nào ghi dự kiến kinh phí.";
        var share = s.Items == 0 ? 0 : (double)s.ItemsWithBudget / s.Items;
        return text + $" {Capital(N(s.ItemsWithBudget))} nội dung ({VietnameseNumbers.Percent(share)}) có dự kiến kinh phí, "
            + $"tổng cộng {VietnameseNumbers.Money(s.TotalBudget)}.";
    }

    /// <summary>The most frequent gap named on its own, then the next two.</summary>
    private static string Frequent(IReadOnlyList<GapCategoryAggregate> ranked, int schools)
    {
        var first = ranked[0];
        var text = $"Thiếu hụt được nêu nhiều nhất là {Name(first)}: {N(first.Schools)} trên {N(schools)} trường ({VietnameseNumbers.Percent(first.Share)}) đưa vào kế hoạch.";
        var next = ranked.Skip(1).Take(2).ToList();
        if (next.Count == 0) return text;
        var list = string.Join(" và ", next.Select(g => $"{Name(g)} ({N(g.Schools)} trường, {VietnameseNumbers.Percent(g.Share)})"));
        var close = next[0].Schools == first.Schools ? "cùng mức này còn có"
            : next[0].Schools >= first.Schools - Math.Max(1, first.Schools / 20) ? "gần như ngang với nhóm này là"
            : "tiếp theo là";
        return text + $" {Capital(close)} {list}.";
    }

    /// <summary>The costliest category, with its share of the money planned for facility gaps and its rank by frequency.</summary>
    private static string? Costly(AnalysisResult a, IReadOnlyList<GapCategoryAggregate> ranked)
    {
        var costly = a.Gaps.Where(g => g.TotalBudget > 0).OrderByDescending(g => g.TotalBudget).FirstOrDefault();
        if (costly is null) return null;
        var text = $"Về kinh phí, {Name(costly)} cần nhiều vốn nhất: {VietnameseNumbers.Money(costly.TotalBudget)} cho {N(costly.Items)} nội dung";
        if (a.Scope.TotalBudget > 0) text += $", bằng {VietnameseNumbers.Percent((double)costly.TotalBudget / a.Scope.TotalBudget)} tổng kinh phí dự kiến của các kế hoạch";
        // Rank among the categories by schools, ties sharing a rank (four categories at 1 school all stand first).
        var rank = costly.Schools == 0 ? 0 : 1 + ranked.Count(g => g.Schools > costly.Schools);
        text += rank switch
        {
            1 => "; đây cũng là nhóm được nhiều trường nêu nhất.",
            > 1 => $"; xét theo số trường nêu, nhóm này đứng thứ {N(rank)} ({N(costly.Schools)} trường).",
            _ => ".",
        };
        // A median says something only over a few schools.
        if (costly.MedianSchoolBudget is { } median && costly.Schools >= MedianFrom)
            text += $" Một nửa số trường có ghi kinh phí cho nhóm này dự kiến từ {VietnameseNumbers.Money(median)} trở lên.";
        return text;
    }

    private static string Late(AnalysisResult a)
    {
        var date = VietnameseNumbers.Date(a.Scope.AsOf);
        if (a.OverdueGapItems == 0) return $"Đến ngày {date}, chưa nội dung cải tiến cơ sở vật chất nào quá thời hạn hoàn thành đã đề ra.";
        var worst = a.Gaps.Where(g => g.OverdueItems > 0).OrderByDescending(g => g.OverdueItems).First();
        return $"Đến ngày {date}, {N(a.OverdueGapItems)} nội dung cải tiến cơ sở vật chất đã quá thời hạn hoàn thành đã đề ra, "
            + $"nhiều nhất thuộc nhóm {Name(worst)} ({N(worst.OverdueItems)} nội dung); các đơn vị cần rà soát và báo cáo tiến độ.";
    }

    private static string? Criteria(AnalysisResult a)
    {
        var notMet = a.Criteria.Where(c => c.SchoolsNotMet > 0)
            .OrderByDescending(c => c.SchoolsNotMet).ThenBy(c => c.Criterion, StringComparer.Ordinal).Take(3).ToList();
        if (notMet.Count == 0) return null;
        string Named(CriterionAggregate c) => $"tiêu chí {c.Criterion}{(c.Name is null ? "" : $" ({c.Name})")}";
        var text = $"Trong phần tự đánh giá, {Named(notMet[0])} có nhiều trường đánh giá chưa đạt nhất: {N(notMet[0].SchoolsNotMet)} trường";
        if (notMet.Count == 1) return text + ".";
        return text + "; sau đó là " + string.Join(" và ", notMet.Skip(1).Select(c => $"{Named(c)} với {N(c.SchoolsNotMet)} trường")) + ".";
    }

    private static string Name(GapCategoryAggregate g) => GapCategories.DisplayName(g.Category).ToLowerInvariant();

    private static string N(long value) => VietnameseNumbers.Integer(value);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
