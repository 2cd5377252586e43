using Analytics.Analysis.Themes;
using Xunit.Abstractions;

namespace Analytics.Analysis.Tests.Themes;

public sealed class WeaknessThemeFinderTests(ITestOutputHelper output)
{
    // Three themes written by hand, eight sentences each, from different schools.
    private static readonly string[][] Themes =
    [
        [
            "Đội ngũ giáo viên còn thiếu so với định mức, nhất là giáo viên tiếng Anh.",
            "Thiếu giáo viên tin học và giáo viên âm nhạc theo định mức.",
            "Giáo viên còn thiếu, phải hợp đồng giáo viên dạy môn tiếng Anh.",
            "Số lượng giáo viên chưa đủ theo định mức biên chế.",
            "Nhà trường thiếu giáo viên mỹ thuật và giáo viên thể dục.",
            "Giáo viên dạy tiếng Anh còn thiếu so với định mức.",
            "Biên chế giáo viên chưa đủ, nhiều giáo viên hợp đồng.",
            "Thiếu giáo viên các môn chuyên biệt theo định mức.",
        ],
        [
            "Hồ sơ quản lý học sinh chưa được số hóa.",
            "Chuyển đổi số trong quản lý hồ sơ còn chậm.",
            "Học bạ điện tử và hồ sơ số chưa được triển khai.",
            "Việc số hóa hồ sơ, sổ sách của nhà trường còn chậm.",
            "Hồ sơ lưu trữ chưa được số hóa, tra cứu khó khăn.",
            "Chưa triển khai học bạ số và hồ sơ điện tử.",
            "Số hóa hồ sơ chuyên môn của tổ còn hạn chế.",
            "Chuyển đổi số, số hóa hồ sơ học sinh chưa hoàn thành.",
        ],
        [
            "Ban đại diện cha mẹ học sinh hoạt động chưa thường xuyên.",
            "Ban đại diện cha mẹ học sinh chưa phối hợp chặt chẽ với nhà trường.",
            "Hoạt động của ban đại diện cha mẹ học sinh còn hình thức.",
            "Ban đại diện cha mẹ học sinh các lớp chưa chủ động.",
            "Cha mẹ học sinh chưa quan tâm phối hợp với ban đại diện.",
            "Ban đại diện cha mẹ học sinh chưa có kế hoạch hoạt động.",
            "Vai trò của ban đại diện cha mẹ học sinh chưa phát huy.",
            "Ban đại diện cha mẹ học sinh họp chưa định kỳ.",
        ],
    ];

    [Fact]
    public void Sentences_of_one_hand_made_theme_land_in_one_cluster_and_themes_stay_apart()
    {
        var sentences = Themes.SelectMany((theme, t) => theme.Select((s, i) => new WeaknessSentence(s, $"Trường {t}-{i}"))).ToList();
        var result = new WeaknessThemeFinder().Find(sentences);
        foreach (var (k, s) in result.Tried) output.WriteLine($"k={k}: silhouette {s:0.000}");
        foreach (var theme in result.Themes) output.WriteLine($"{theme.Id}: {string.Join(", ", theme.TopTerms)} — {theme.Sentences} câu");

        var majority = new List<int>();
        foreach (var theme in Themes)
        {
            var clusters = theme.Select(s => result.Themes.Single(t => t.Representatives.Contains(s) || ContainsSentence(t, s, sentences)).Id).ToList();
            var top = clusters.GroupBy(c => c).OrderByDescending(g => g.Count()).First();
            Assert.True(top.Count() >= 6, $"theme split: {string.Join(",", clusters)}");
            majority.Add(top.Key);
        }
        Assert.Equal(3, majority.Distinct().Count());
        Assert.Equal(24, result.Themes.Sum(t => t.Sentences));
    }

    [Fact]
    public void Too_few_sentences_give_no_themes_rather_than_noise()
    {
        var result = new WeaknessThemeFinder().Find([new("Thiếu giáo viên.", "A"), new("Hồ sơ chưa số hóa.", "B")]);
        Assert.Empty(result.Themes);
    }

    // Membership is not exposed per sentence; a theme's schools identify its sentences here (one school each).
    private static bool ContainsSentence(WeaknessTheme theme, string sentence, List<WeaknessSentence> all) =>
        theme.Schools.Contains(all.First(s => s.Text == sentence).School);
}
