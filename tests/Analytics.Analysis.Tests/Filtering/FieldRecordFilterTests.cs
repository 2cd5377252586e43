using Analytics.Analysis.Filtering;
using Analytics.Ingest.Store;

namespace Analytics.Analysis.Tests.Filtering;

public sealed class FieldRecordFilterTests
{
    private static readonly IReadOnlyList<StoredSource> Sources =
        TestData.Records([TestData.HandmadeFile]).Select(r => new StoredSource(r.Source, "h", DateTimeOffset.UnixEpoch, [r])).ToList();

    [Theory]
    [InlineData("province:\"Hải Phòng\" level:thpt", 2)]
    [InlineData("province:hai-phong", 3)]
    [InlineData("level:mam-non OR level:tieu-hoc", 2)]
    [InlineData("gap:thu-vien", 2)]
    [InlineData("thư viện", 2)]
    [InlineData("thu vien -level:thpt", 1)]
    [InlineData("year:2022", 1)]
    [InlineData("budget:[1000000000 TO *]", 1)]
    public void Query_selects_the_plans_it_names(string query, int expected)
    {
        var result = new FieldRecordFilter(query).Apply(Sources);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expected, result.Value.Count);
    }

    [Fact]
    public void Malformed_query_is_a_failure_naming_the_option()
    {
        var result = new FieldRecordFilter("province:(").Apply(Sources);
        Assert.False(result.IsSuccess);
        Assert.StartsWith("--filter:", result.Error);
    }
}
