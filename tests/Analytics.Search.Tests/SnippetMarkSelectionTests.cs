using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Analytics.Search.Snippets;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

/// <summary>Snippets mark the query's words: adjacent runs of a multi-syllable query, whole phrases, and a
/// query syllable alone only when none of its pairs stands together in the text (or it was typed alone).
/// Each case builds the real query over a small index of its texts and marks one of them.</summary>
public sealed class SnippetMarkSelectionTests
{
    private const string Staff = "Nhân viên thư viện được bồi dưỡng nghiệp vụ";
    private const string Secretary = "Bí thư chi bộ chỉ đạo; tổ chuyên môn sắp xếp lại thư viện và kho sách";
    private const string Scattered = "Bí thư chi bộ và nhân viên văn phòng";
    private const string Yards = "Sân trường, sân chơi và sân tập được lát lại";
    private const string Toilets = "Xây nhà vệ sinh cho học sinh; giữ vệ sinh môi trường; sửa nhà ăn";
    private const string Repairs = "Sửa chữa phòng thư viện, nhân viên trực";

    private static readonly string[] Texts = [Staff, Secretary, Scattered, Yards, Toilets, Repairs, "Giáo dục hòa nhập"];

    [Theory]
    [InlineData("thu vien", Staff, "Nhân viên [thư viện] được bồi dưỡng nghiệp vụ")]
    [InlineData("thư viện", Staff, "Nhân viên [thư viện] được bồi dưỡng nghiệp vụ")]
    [InlineData("thu vien", Secretary, "Bí thư chi bộ chỉ đạo; tổ chuyên môn sắp xếp lại [thư viện] và kho sách")]
    public void A_two_syllable_query_marks_its_adjacent_run_and_not_lone_syllables_elsewhere(string query, string text, string expected) =>
        Assert.Equal(expected, Marked(query, text));

    [Fact]
    public void Syllables_that_never_stand_together_are_marked_alone()
    {
        Assert.Equal("Bí [thư] chi bộ và nhân [viên] văn phòng", Marked("thu vien", Scattered));
    }

    [Fact]
    public void A_one_syllable_query_marks_every_occurrence()
    {
        Assert.Equal("[Sân] trường, [sân] chơi và [sân] tập được lát lại", Marked("sân", Yards));
        Assert.Equal("[Sân] trường, [sân] chơi và [sân] tập được lát lại", Marked("san", Yards));
    }

    [Fact]
    public void A_two_syllable_query_leaves_the_other_uses_of_its_first_syllable_unmarked()
    {
        Assert.Equal("Sân trường, [sân chơi] và sân tập được lát lại", Marked("san choi", Yards));
    }

    [Fact]
    public void A_phrase_marks_only_where_the_whole_phrase_stands()
    {
        Assert.Equal("Xây [nhà vệ sinh] cho học sinh; giữ vệ sinh môi trường; sửa nhà ăn", Marked("\"nha ve sinh\"", Toilets));
        Assert.Equal("Xây [nhà vệ sinh] cho học sinh; giữ vệ sinh môi trường; sửa nhà ăn", Marked("\"nhà vệ sinh\"", Toilets));
    }

    [Fact]
    public void A_phrase_absent_from_the_text_marks_none_of_its_syllables()
    {
        Assert.Equal("Bí thư chi bộ và [nhân viên] văn phòng", Marked("\"thư viện\" OR \"nhân viên\"", Scattered));
    }

    [Fact]
    public void Free_text_of_three_syllables_marks_its_run_and_the_syllable_that_pairs_with_nothing()
    {
        // "sửa thư viện": "thư viện" stands together; "sửa thư" nowhere, so "Sửa" is shown where it is.
        Assert.Equal("[Sửa] chữa phòng [thư viện], nhân viên trực", Marked("sua thu vien", Repairs));
    }

    [Fact]
    public void Words_joined_by_AND_are_separate_query_words_each_marked_wherever_found()
    {
        Assert.Equal("Bí [thư] chi bộ chỉ đạo; tổ chuyên môn sắp xếp lại [thư viện] và kho sách", Marked("thư AND viện", Secretary));
    }

    [Fact]
    public void Words_the_query_excludes_are_not_marked()
    {
        Assert.Equal("Sân trường, [sân chơi] và sân tập được lát lại", Marked("sân chơi OR -trường", Yards));
        Assert.Equal("Sân trường, [sân chơi] và sân tập được lát lại", Marked("sân chơi OR NOT (trường OR tập)", Yards));
    }

    [Fact]
    public void Typing_errors_and_run_together_syllables_still_mark_the_word()
    {
        Assert.Equal("Nhân viên [thư viện] được bồi dưỡng nghiệp vụ", Marked("thu vein", Staff));
        Assert.Equal("Nhân viên [thư viện] được bồi dưỡng nghiệp vụ", Marked("thuvien", Staff));
    }

    [Fact]
    public void A_tone_placement_variant_marks_the_word_as_written()
    {
        Assert.Equal("Giáo dục [hòa nhập]", Marked("hoà nhập", "Giáo dục hòa nhập"));
    }

    [Fact]
    public void The_passage_is_cut_around_the_query_words_not_around_lone_syllables()
    {
        var text = "Bí thư, phó bí thư và thư ký họp; " + new string('x', 30) + " ".PadRight(80, '.') + " kiện toàn thư viện trường";
        var snippet = Marked("thu vien", text, length: 60);
        Assert.Contains("[thư viện]", snippet);
        Assert.DoesNotContain("Bí", snippet);
    }

    [Fact]
    public void The_passage_shows_the_most_query_syllables_before_the_most_marks()
    {
        var text = "Lát sân chơi, sửa sân chơi, mở rộng sân chơi; " + new string('x', 100) + " bổ sung thư viện và sân chơi mới";
        var snippet = Marked("thư viện sân chơi", text, length: 60);
        Assert.Contains("[thư viện] và [sân chơi] mới", snippet);
        Assert.DoesNotContain("Lát", snippet);
    }

    [Fact]
    public void Search_hits_show_the_query_words_marked()
    {
        using var index = new MemoryIndex([Records.Source("d.docx", "h-d", Records.Plan("d.docx#0", "d.docx", "Trường Tiểu học Kim Đồng", "tieu-hoc", "Hải Phòng", "Lê Chân", 2024,
            [Records.Item("3.6", "Thư viện", "Bí thư chi đoàn và nhân viên thư viện tổ chức ngày hội đọc sách", "Mua sách")]))]);
        var snippet = index.Search("thu vien").Hits.Single().Snippet.Render();
        Assert.Contains("Bí thư chi đoàn và nhân viên [thư viện] tổ chức", snippet);
        Assert.StartsWith("[Thư viện]", snippet);
    }

    /// <summary>The snippet of <paramref name="text"/> for <paramref name="query"/>, built against an index of
    /// the test texts, rendered with marks in brackets.</summary>
    private static string Marked(string query, string text, int length = 200)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.Version, IndexAnalyzer.Create())))
        {
            foreach (var indexed in Texts.Append(text))
                writer.AddDocument(new Document
                {
                    new TextField(IndexFields.Text, indexed, Field.Store.NO),
                    new TextField(IndexFields.TextFolded, indexed, Field.Store.NO),
                });
        }
        using var reader = DirectoryReader.Open(directory);
        var builder = new LuceneQueryBuilder(reader);
        var built = builder.Build(PlanQueryParser.Parse(query).Value!);
        Assert.True(built.IsSuccess, built.Error);
        var snippets = new SnippetBuilder(new IndexSearcher(reader), builder.Highlights);
        return snippets.For([(0, text)], length)[0].Render();
    }
}
