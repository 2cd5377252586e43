namespace Analytics.Search.Tests;

public sealed class SearchBehaviourTests : IDisposable
{
    private readonly MemoryIndex _index = new(Records.Small());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Unaccented_query_finds_the_accented_library_item()
    {
        var hits = _index.Search("thu vien").Hits;
        Assert.Equal("a.docx#0/0", hits[0].Id);
    }

    [Fact]
    public void Exact_diacritics_rank_thu_vien_above_thu_vien_with_other_tones()
    {
        var hits = _index.Search("thư viện").Hits.Select(h => h.Id).ToList();
        Assert.Contains("b.pdf#0/0", hits);
        Assert.True(hits.IndexOf("a.docx#0/0") < hits.IndexOf("b.pdf#0/0"));
    }

    [Fact]
    public void Snippet_marks_the_accented_original_for_an_unaccented_query()
    {
        var hit = _index.Search("thu vien").Hits[0];
        Assert.True(hit.Snippet.Render().Contains("[Thư viện]"), hit.Snippet.Render());
    }

    [Fact]
    public void Tone_placement_variants_match_each_other()
    {
        Assert.Equal("c.txt#0/0", _index.Search("Họa Mi").Hits[0].Id);
        Assert.Equal("c.txt#0/0", _index.Search("Thuỷ Nguyên bếp").Hits[0].Id);
    }

    [Fact]
    public void Field_filters_and_budget_range_narrow_the_hits()
    {
        var hits = _index.Search("province:\"Hải Phòng\" budget:[1000000000 TO *]").Hits.Select(h => h.Id).Order().ToList();
        Assert.Equal(["a.docx#0/1", "c.txt#0/0"], hits);
        Assert.Equal(["a.docx#0/0"], _index.Search("criterion:3.6 level:tieu-hoc").Hits.Select(h => h.Id));
        Assert.Equal(["c.txt#0/0"], _index.Search("funding:\"xa hoi hoa\" NOT sân").Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("thư viện AND", "AND needs something after it")]
    [InlineData("(thư viện", "missing ')'")]
    [InlineData("\"thư viện", "not closed")]
    [InlineData("budget:[1 TO", "not closed")]
    [InlineData("color:red", "unknown field 'color'")]
    [InlineData("year:abc", "not a whole number")]
    [InlineData("province:[a TO b]", "ranges work on")]
    public void Malformed_query_is_a_clear_message(string query, string expected)
    {
        var outcome = _index.Index.Search(new Querying.SearchRequest(query));
        Assert.False(outcome.IsSuccess);
        Assert.Contains(expected, outcome.Error);
    }
}
