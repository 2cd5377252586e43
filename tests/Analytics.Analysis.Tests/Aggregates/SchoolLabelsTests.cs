using Analytics.Analysis.Aggregates;

namespace Analytics.Analysis.Tests.Aggregates;

public sealed class SchoolLabelsTests
{
    [Fact]
    public void Schools_sharing_a_name_carry_their_place_and_unique_names_stay_bare()
    {
        var names = new List<string> { "Trường Tiểu học Bình An", "Trường THCS Lê Lợi", "Trường Tiểu học Bình An" };
        var places = new List<string?> { "Thuận An, Bình Dương", "Hà Nội", "Cà Mau" };

        SchoolLabels.Disambiguate(names, places);

        Assert.Equal(["Trường Tiểu học Bình An (Thuận An, Bình Dương)", "Trường THCS Lê Lợi", "Trường Tiểu học Bình An (Cà Mau)"], names);
    }

    [Fact]
    public void A_shared_name_without_a_known_place_is_left_as_written()
    {
        var names = new List<string> { "Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen" };
        SchoolLabels.Disambiguate(names, [null, "Huế"]);
        Assert.Equal(["Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen (Huế)"], names);
    }

    [Fact]
    public void The_place_is_the_district_and_the_province_the_plan_writes_not_the_merged_province()
    {
        var school = new Ingest.Records.SchoolInfo { District = "huyện Đầm Dơi", Province = "Cà Mau", ProvinceCurrent = "Cà Mau" };
        var merged = new Ingest.Records.SchoolInfo { Province = "Bạc Liêu", ProvinceCurrent = "Cà Mau" };
        Assert.Equal("huyện Đầm Dơi, Cà Mau", SchoolLabels.Place(school));
        Assert.Equal("Bạc Liêu", SchoolLabels.Place(merged));
        Assert.Null(SchoolLabels.Place(new Ingest.Records.SchoolInfo()));
    }
}
