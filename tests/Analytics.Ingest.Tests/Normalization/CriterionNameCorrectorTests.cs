using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>Criterion names as OCR leaves them, put right from the circular's catalogue.</summary>
public sealed class CriterionNameCorrectorTests
{
    [Fact]
    public void Name_with_the_English_models_wrong_letters_is_put_right()
    {
        var corrector = CriterionNameCorrector.For("tieu-hoc");
        Assert.Equal("Đối với giáo viên", corrector.Correct("Pội vội giáo viộn"));
        Assert.Equal("2.2", corrector.Match("D6i véi gido vién")?.Code);
    }

    [Fact]
    public void Name_cut_by_its_cell_and_run_together_or_with_digits_for_letters_names_its_criterion()
    {
        var corrector = CriterionNameCorrector.For("18/2018");
        Assert.Equal("3.1", corrector.Match("Khuonvien, khu")?.Code);
        Assert.Equal("3.1", corrector.Match("Khu6n vién, khu san choi")?.Code);
        Assert.Equal("Khuôn viên, khu sân chơi, bãi tập", corrector.Correct("Khu6n vién, khu san choi"));
    }

    [Fact]
    public void Too_few_letters_or_text_that_is_no_criterion_name_is_left_alone()
    {
        var corrector = CriterionNameCorrector.For("18/2018");
        Assert.Null(corrector.Match("Phong"));
        Assert.Null(corrector.Match("Lap ho so dé nghi Uy ban nhan dan"));
    }

    [Fact]
    public void Plan_citing_no_circular_is_corrected_where_every_circular_agrees_on_the_code()
    {
        var uncited = CriterionNameCorrector.Cited(["Ké hoach cai tién chat luong"]);
        Assert.Equal("3.1", CriterionNameCorrector.Cited(["Can ct? Thong tu sé 18/2018/T T-BGDDT ngay 22/8/2018"]).Match("Khuonvien, khu")?.Code);
        Assert.Equal("2.2", uncited.Match("D6i véi gido vién")?.Code);
    }
}
