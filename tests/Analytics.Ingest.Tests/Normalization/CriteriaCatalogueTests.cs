using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class CriteriaCatalogueTests
{
    [Theory]
    [InlineData("tieu-hoc", 27, "17/2018/TT-BGDĐT")]
    [InlineData("thcs", 28, "18/2018/TT-BGDĐT")]
    [InlineData("thpt", 28, "18/2018/TT-BGDĐT")]
    [InlineData("lien-cap", 28, "18/2018/TT-BGDĐT")]
    [InlineData("mam-non", 25, "19/2018/TT-BGDĐT")]
    [InlineData("17/2018/TT-BGDĐT", 27, "17/2018/TT-BGDĐT")]
    public void Each_level_gets_its_circulars_criteria(string level, int count, string regulation)
    {
        var criteria = CriteriaCatalogue.For(level);
        Assert.Equal(count, criteria.Count);
        Assert.All(criteria, c => Assert.Equal(regulation, c.Regulation));
        Assert.Equal(5, criteria.Select(c => c.Standard).Distinct().Count());
        Assert.Equal(criteria.Count, criteria.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Unknown_level_has_no_criteria() => Assert.Empty(CriteriaCatalogue.For("dai-hoc"));

    [Theory]
    [InlineData("tieu-hoc", "3.6", "Thư viện")]
    [InlineData("tieu-hoc", "3.3", "Khối phòng phục vụ học tập và khối phòng hành chính - quản trị")]
    [InlineData("tieu-hoc", "5.2", "Thực hiện Chương trình giáo dục phổ thông cấp tiểu học")]
    [InlineData("thcs", "3.1", "Khuôn viên, khu sân chơi, bãi tập")]
    [InlineData("thpt", "5.4", "Các hoạt động trải nghiệm và hướng nghiệp")]
    [InlineData("mam-non", "3.2", "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập")]
    [InlineData("mam-non", "3.5", "Thiết bị, đồ dùng, đồ chơi")]
    [InlineData("mam-non", "Tiêu chí 3.3", "Khối phòng hành chính - quản trị")]
    [InlineData("tieu-hoc", "1.10", "Đảm bảo an ninh trật tự, an toàn trường học")]
    public void Criterion_is_found_by_code(string level, string code, string name) =>
        Assert.Equal(name, CriteriaCatalogue.Find(level, code)?.Name);

    [Theory]
    [InlineData("tieu-hoc", "5.6")]
    [InlineData("mam-non", "2.4")]
    [InlineData("thcs", "6.1")]
    public void Code_outside_the_circular_is_not_found(string level, string code) => Assert.Null(CriteriaCatalogue.Find(level, code));

    [Theory]
    [InlineData("tieu-hoc", 3, "Cơ sở vật chất và thiết bị dạy học")]
    [InlineData("mam-non", 2, "Cán bộ quản lý, giáo viên và nhân viên")]
    [InlineData("thpt", 5, "Hoạt động giáo dục và kết quả giáo dục")]
    public void Standard_name_is_the_circulars(string level, int standard, string name) =>
        Assert.Equal(name, CriteriaCatalogue.StandardName(level, standard));

    [Theory]
    [InlineData("Tiêu chí 3.1", 3, 1)]
    [InlineData("Tiêu chí 3.1.", 3, 1)]
    [InlineData("Tiêu chí 3.1: Khuôn viên, sân chơi, sân tập", 3, 1)]
    [InlineData("TC 3.1", 3, 1)]
    [InlineData("TC3.1", 3, 1)]
    [InlineData("3.1", 3, 1)]
    [InlineData("3.1.", 3, 1)]
    [InlineData("Tieu chi 3.1", 3, 1)]
    [InlineData("TIÊU CHÍ 1.10", 1, 10)]
    [InlineData("<p>Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng.</p>", 2, 1)]
    [InlineData("Tiêu chí 3. 6", 3, 6)]
    [InlineData("Chỉ số 3.1.2", 3, 1)]
    [InlineData("Tiêu chuẩn 3 - Tiêu chí 3.2", 3, 2)]
    public void Criterion_reference_is_read(string text, int standard, int index)
    {
        var reference = CriteriaCatalogue.ParseReference(text);
        Assert.Equal((standard, index), (reference?.Standard, reference?.Index));
        Assert.Equal($"{standard}.{index}", reference?.Code);
    }

    [Theory]
    [InlineData("Tiêu chuẩn 3", 3)]
    [InlineData("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", 3)]
    [InlineData("TIÊU CHUẨN IV", 4)]
    public void Standard_reference_has_no_criterion(string text, int standard)
    {
        var reference = CriteriaCatalogue.ParseReference(text);
        Assert.NotNull(reference);
        Assert.True(reference!.IsStandardOnly);
        Assert.Equal(standard, reference.Standard);
        Assert.Null(reference.Code);
    }

    [Theory]
    [InlineData("Tiêu chí 1 (Mức 4)", 1)]
    [InlineData("Tiêu chí 5", 5)]
    public void Level_four_criterion_is_numbered_alone(string text, int number)
    {
        var reference = CriteriaCatalogue.ParseReference(text);
        Assert.Equal(number, reference?.LevelFourNumber);
        Assert.Null(reference?.Standard);
    }

    [Theory]
    [InlineData("Năm học 2024-2025")]
    [InlineData("Tỷ lệ 21,1%")]
    [InlineData("Phòng TC-KH")]
    [InlineData("")]
    public void Text_without_reference_yields_none(string text) => Assert.Null(CriteriaCatalogue.ParseReference(text));

    [Theory]
    [InlineData("tieu-hoc", "Khuôn viên, sân chơi, sân tập", "3.1")]
    [InlineData("tieu-hoc", "Khuôn viên, khu vực sân chơi, sân tập", "3.1")]
    [InlineData("tieu-hoc", "KHU VE SINH, HE THONG CAP THOAT NUOC", "3.4")]
    [InlineData("tieu-hoc", "Thư viện", "3.6")]
    [InlineData("tieu-hoc", "Ban đại diện cha mẹ HS", "4.1")]
    [InlineData("thcs", "Khuôn viên, khu sân chơi, bãi tập", "3.1")]
    [InlineData("thcs", "Phòng học, phòng bộ môn và các khối phục vụ học tập", "3.2")]
    [InlineData("thcs", "Hình thành, phát triển các kỹ năng sống cho HS", "5.5")]
    [InlineData("thcs", "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà", "1.3")]
    [InlineData("mam-non", "Khối phòng tổ chức ăn", "3.4")]
    [InlineData("mam-non", "Thiết bị, đồ dùng, đồ chơi", "3.5")]
    public void Criterion_is_recognised_by_its_name(string level, string text, string code)
    {
        var match = CriteriaCatalogue.MatchByName(level, text);
        Assert.NotNull(match);
        Assert.Equal(code, match!.Criterion.Code);
        Assert.InRange(match.Score, CriteriaCatalogue.MatchThreshold, 1.0);
    }

    [Theory]
    [InlineData("tieu-hoc", "Tuyên truyền, phổ biến pháp luật, chủ trương chính sách về giáo dục.")]
    [InlineData("tieu-hoc", "Hiệu trưởng")]
    [InlineData("tieu-hoc", "Bồi dưỡng giáo viên về phương pháp dạy học tích cực trong năm học")]
    public void Unrelated_text_matches_no_criterion(string level, string text) => Assert.Null(CriteriaCatalogue.MatchByName(level, text));
}
