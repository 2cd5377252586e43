using System.Text.Json;
using Analytics.Analysis.Classification;
using Analytics.Analysis.Pipeline;

namespace Analytics.Cli.Tests;

/// <summary>The command-line paths issue #15 found broken, each on corpus plans ingested by `plans ingest`.</summary>
public sealed class DocumentedPathsTests(CorpusSample sample) : IClassFixture<CorpusSample>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "plans-paths-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private string Output(string name)
    {
        Directory.CreateDirectory(_out);
        return Path.Combine(_out, name);
    }

    private Task<(int Exit, string Out, string Error)> Plans(params string[] args) => PlansCli.Run([.. args, "--data", sample.Data]);

    [Fact]
    public async Task A_report_scoped_by_a_filter_is_written_instead_of_crashing_on_zero_length_snippets()
    {
        var file = Output("x.md");

        var (exit, _, error) = await Plans("report", "--filter", "level:tieu-hoc", "--format", "md", "--out", file);

        Assert.True(exit == 0, error);
        var report = File.ReadAllText(file);
        Assert.Contains("Bình Trung", report);
        Assert.DoesNotContain("Thanh Bình", report);
    }

    [Fact]
    public async Task A_report_filtered_on_a_current_province_counts_the_plans_of_the_former_province_merged_into_it()
    {
        var (exit, output, error) = await Plans("report", "--filter", "province:\"Hải Phòng\"", "--out", Output("hai-phong.md"));

        Assert.True(exit == 0, error);
        Assert.Contains("(1 plans)", error);
        var report = File.ReadAllText(Output("hai-phong.md"));
        Assert.Contains("Thanh Bình", report);
        Assert.Contains("| Hải Phòng | 1 |", report);
    }

    [Fact]
    public async Task Search_words_typed_without_quotes_are_one_query()
    {
        var (exit, output, error) = await Plans("search", "thu", "vien", "--top", "1");

        Assert.True(exit == 0, error);
        Assert.Contains("«Thư viện»", output.Replace("«thư viện»", "«Thư viện»"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_mistyped_subcommand_gets_the_nearest_one_suggested()
    {
        var (exit, _, error) = await Plans("serach", "thu vien");

        Assert.Equal(2, exit);
        Assert.Contains("Did you mean 'plans search'?", error);
    }

    [Fact]
    public async Task Top_0_is_refused_instead_of_printing_a_hit()
    {
        var (exit, output, error) = await Plans("search", "thư viện", "--top", "0");

        Assert.Equal(2, exit);
        Assert.Contains("--top must be at least 1", error);
        Assert.DoesNotContain("1.", output);
    }

    [Theory]
    [InlineData("gap:thu-vien")]
    [InlineData("gap:\"thư viện\"")]
    [InlineData("gap:\"thu vien\"")]
    [InlineData("gap:thu vien")]
    public async Task A_gap_query_accepts_the_category_code_or_its_name_with_or_without_accents(string query)
    {
        var (exit, output, error) = await Plans("search", query, "--json");

        Assert.True(exit == 0, error);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("totalHits").GetInt32() > 0, output);
    }

    [Fact]
    public async Task A_gap_query_naming_no_category_is_an_error_listing_the_categories()
    {
        var (exit, _, error) = await Plans("search", "gap:hồ-bơi");

        Assert.Equal(2, exit);
        Assert.Contains("names no facility category", error);
        Assert.Contains("thu-vien", error);
    }

    [Fact]
    public async Task Info_on_a_missing_folder_says_it_does_not_exist_instead_of_printing_zeros()
    {
        var missing = Path.Combine(_out, "không có");

        var (exit, output, error) = await PlansCli.Run("info", "--data", missing);

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", error);
        Assert.DoesNotContain("Sources: 0", output);
    }

    [Fact]
    public async Task Search_without_data_says_to_ingest_first_not_to_index()
    {
        Directory.CreateDirectory(_out);

        var (exit, _, error) = await PlansCli.Run("search", "thư viện", "--data", _out);

        Assert.Equal(1, exit);
        Assert.Contains("run `plans ingest PATH...` first", error);
    }

    [Fact]
    public async Task The_province_facet_counts_todays_provinces_and_a_former_name_still_finds_its_plans()
    {
        var (_, facets, _) = await Plans("search", "*", "--facets", "--json");
        var provinces = Facet(facets, "province");
        Assert.Contains("Hải Phòng", provinces);
        Assert.Contains("Đồng Tháp", provinces);
        Assert.DoesNotContain("Hải Dương", provinces);
        Assert.DoesNotContain("Tiền Giang", provinces);

        var (_, former, _) = await Plans("search", "province:\"Hải Dương\"", "--json", "--by-plan");
        var (_, current, _) = await Plans("search", "province:\"Hải Phòng\"", "--json", "--by-plan");
        Assert.Contains("Thanh Bình", former);
        Assert.Contains("Thanh Bình", current);
    }

    [Fact]
    public async Task XHH_and_Xa_hoi_hoa_are_one_funding_value_and_the_facet_query_finds_both()
    {
        var (_, facets, _) = await Plans("search", "*", "--facets", "--json");
        var funding = Facet(facets, "funding");
        Assert.Contains("Xã hội hóa", funding);
        Assert.DoesNotContain("XHH", funding);

        var (_, found, _) = await Plans("search", "funding:\"Xã hội hóa\"", "--json", "--top", "200");
        Assert.Contains("\"funding\": \"XHH\"", found);
    }

    [Fact]
    public async Task Reports_use_the_keyword_lexicon_without_training_ml_models_and_say_so_plainly()
    {
        var choice = await ReportPipeline.StartClassifier(new ReportRequest());

        Assert.NotNull(choice);
        Assert.Equal(GapClassifierFactory.LexiconName, Assert.Single(choice.Candidates).Name);

        await Plans("report", "--out", Output("all.md"));
        var report = File.ReadAllText(Output("all.md"));
        Assert.DoesNotContain("macro-F1", report);
        Assert.DoesNotContain("L-BFGS", report);
        Assert.Contains("Ghi chú phương pháp", report);
    }

    private static List<string> Facet(string json, string name) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("facets").EnumerateArray()
            .Where(f => f.GetProperty("facet").GetString() == name)
            .SelectMany(f => f.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("label").GetString()!))];
}
