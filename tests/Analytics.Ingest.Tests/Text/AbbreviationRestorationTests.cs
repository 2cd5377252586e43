using Analytics.Ingest.Text.Restoration;

namespace Analytics.Ingest.Tests.Text;

public sealed class AbbreviationRestorationTests
{
    [Theory]
    [InlineData("Thong tu so 17/2018/TT-BGDDT ngay 22/8/2018 cua Bo GD&DT", "Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT")]
    [InlineData("Cong van cua Phong GDDT huyen Vinh Bao", "Công văn của Phòng GDĐT huyện Vĩnh Bảo")]
    [InlineData("Thanh lap Hoi dong TDG cua nha truong", "Thành lập Hội đồng TĐG của nhà trường")]
    [InlineData("Chuan bi cho DGN nam 2025", "Chuẩn bị cho ĐGN năm 2025")]
    [InlineData("Mua sam DDDH cho cac lop", "Mua sắm ĐDDH cho các lớp")]
    public void Unaccented_lines_restore_education_abbreviations_with_d_stroke(string typed, string expected)
    {
        Assert.Equal(expected, TextModels.Repair.Repair(typed).Text);
    }

    [Theory]
    [InlineData("Dien tich DT 500 m2 cua san truong", "DT")]   // diện tích or đào tạo: stays
    [InlineData("Theo HD cua Phong giao duc", "HD")]          // hướng dẫn or hội đồng: stays
    public void Abbreviations_that_read_several_ways_stay_as_written(string typed, string abbreviation)
    {
        var repaired = TextModels.Repair.Repair(typed).Text;
        Assert.Contains(" " + abbreviation + " ", repaired);
    }

    [Fact]
    public void Abbreviations_are_known_only_in_capitals_and_other_words_go_to_the_inner_source()
    {
        var inner = new CountingSource();
        var source = new AbbreviationCandidates(inner);
        Assert.Equal(["gd&đt"], source.Candidates("GD&DT")!.Forms);
        Assert.Null(source.Candidates("gd&dt"));
        Assert.Null(source.Candidates("THCS"));
        Assert.Equal(2, inner.Calls);
    }

    private sealed class CountingSource : ICandidateSource
    {
        public int Calls { get; private set; }

        public CandidateSet? Candidates(string word)
        {
            Calls++;
            return null;
        }
    }
}
