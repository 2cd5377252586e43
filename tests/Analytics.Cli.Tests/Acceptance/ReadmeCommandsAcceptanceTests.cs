using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Cli.Tests.Acceptance;

/// <summary>Every command and option of the README's `plans` table, and every example query it gives, run on
/// the corpus with the output checked. When the README gains a command, <see cref="Every_command_in_the_README_has_a_case_here"/>
/// fails until a case is added.</summary>
public sealed partial class ReadmeCommandsAcceptanceTests(AcceptanceCorpus corpus) : IClassFixture<AcceptanceCorpus>, IDisposable
{
    /// <summary>The subcommands the cases below run (serve: WorkspaceAcceptanceTests; review and correct: ReviewAcceptanceTests).</summary>
    private static readonly string[] Covered = ["ingest", "export", "show", "info", "index", "search", "report", "serve", "normalize", "train-lm", "review", "correct",
        // Server mode: ServerModeAcceptanceTests (and tests/Analytics.Server.Tests).
        "migrate", "submit", "worker", "user"];

    private readonly string _out = Directory.CreateTempSubdirectory("plans-acceptance-out-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private Task<(int Exit, string Out, string Error)> Plans(params string[] args) => PlansCli.Run([.. args, "--data", corpus.Data]);

    [Fact]
    public void Every_command_in_the_README_has_a_case_here()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var documented = CommandRow().Matches(readme).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(documented);
        Assert.All(documented, command => Assert.Contains(command, Covered));
    }

    [Fact]
    public void Ingest_stores_every_plan_of_the_corpus_and_names_the_one_document_that_is_not_a_plan()
    {
        var (exit, output, _) = corpus.Ingest;
        var expected = AcceptanceCorpus.Documents.Count;

        Assert.Equal(1, exit);
        Assert.Contains($"Ingested {expected - 1} of {expected} files", output);
        Assert.Equal("FAILED bien-ban-hop-hoi-dong-tu-danh-gia.txt", Assert.Single(output.Split('\n'), l => l.StartsWith("FAILED", StringComparison.Ordinal)).Split(':')[0]);
        Assert.Contains($"Search index: {expected - 1} sources written as they were stored", output);
    }

    [Fact]
    public async Task Info_and_export_count_the_same_plans()
    {
        var (_, info, _) = await Plans("info");
        var plans = int.Parse(InfoPlans().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var jsonl = Path.Combine(_out, "records.jsonl");
        var csv = Path.Combine(_out, "records.csv");
        Assert.Equal(0, (await Plans("export", "--format", "jsonl", "--out", jsonl)).Exit);
        Assert.Equal(0, (await Plans("export", "--format", "csv", "--out", csv)).Exit);

        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(plans, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l));
        Assert.Contains("Trường THPT Thanh Bình", File.ReadAllText(csv));
    }

    [Fact]
    public async Task Show_prints_a_plan_readably_with_accents()
    {
        var (exit, output, _) = await Plans("show", "thpt-thanh-binh.txt");

        Assert.Equal(0, exit);
        Assert.Contains("Trường THPT Thanh Bình", output);
        Assert.Contains("Thư viện", output);
    }

    [Fact]
    public async Task Index_is_in_line_after_ingest_and_rebuilds_on_demand()
    {
        var (_, synced, _) = await Plans("index");
        var (exit, rebuilt, _) = await Plans("index", "--rebuild");

        Assert.Contains("added 0, replaced 0, deleted 0", synced);
        Assert.Equal(0, exit);
        Assert.Contains($"added {AcceptanceCorpus.Documents.Count - 1},", rebuilt);
    }

    /// <summary>The README's example queries (its "Search queries" paragraph), each finding plans of the corpus.</summary>
    [Theory]
    [InlineData("thu vien")]
    [InlineData("\"thư viện\"")]
    [InlineData("criterion:3.6")]
    [InlineData("standard:3")]
    [InlineData("level:tieu-hoc")]
    [InlineData("province:\"Hải Phòng\"")]
    [InlineData("district:\"Văn Bàn\"")]
    [InlineData("year:2024")]
    [InlineData("gap:thu-vien")]
    [InlineData("gap:\"thư viện\"")]
    [InlineData("funding:\"xã hội hóa\"")]
    [InlineData("budget:[1000000000 TO *]")]
    [InlineData("budget:>=1tỷ")]
    [InlineData("year:[2023 TO 2025]")]
    [InlineData("thư AND viện NOT sân")]
    [InlineData("(sân OR \"nhà vệ sinh\") -level:thpt")]
    [InlineData("*")]
    public async Task Every_example_query_of_the_README_finds_plans(string query)
    {
        var (exit, output, error) = await Plans("search", query, "--json", "--top", "3");

        Assert.True(exit == 0, error);
        var response = JsonDocument.Parse(output).RootElement;
        Assert.True(response.GetProperty("totalHits").GetInt32() > 0, query);
        Assert.InRange(response.GetProperty("hits").GetArrayLength(), 1, 3);
    }

    [Fact]
    public async Task Search_options_facets_top_and_by_plan_shape_the_output()
    {
        var (_, text, _) = await Plans("search", "thu", "vien", "--facets", "--top", "2");
        Assert.Matches(@"^\d+ matching items", text);
        Assert.Contains("\n2. ", text);
        Assert.DoesNotContain("\n3. ", text);
        Assert.Contains("\nprovince (", text);

        var (_, grouped, _) = await Plans("search", "thư viện", "--by-plan", "--json", "--top", "4");
        var plans = JsonDocument.Parse(grouped).RootElement.GetProperty("plans");
        Assert.Equal(4, plans.GetArrayLength());
        Assert.Equal(4, plans.EnumerateArray().Select(p => p.GetProperty("planId").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("docx", null)]
    [InlineData("docx", "level:tieu-hoc")]
    [InlineData("pdf", null)]
    [InlineData("pdf", "province:\"Hải Phòng\"")]
    [InlineData("xlsx", null)]
    [InlineData("xlsx", "gap:\"thư viện\"")]
    [InlineData("html", null)]
    [InlineData("html", "level:thpt")]
    [InlineData("md", null)]
    [InlineData("md", "funding:\"xã hội hóa\"")]
    public async Task Every_report_format_is_written_with_and_without_a_filter(string format, string? filter)
    {
        var file = Path.Combine(_out, "report." + format);
        string[] scope = filter is null ? [] : ["--filter", filter];

        var (exit, _, error) = await Plans(["report", "--format", format, "--out", file, "--as-of", "2025-06-30", .. scope]);

        Assert.True(exit == 0, error);
        var plans = int.Parse(WrittenPlans().Match(error).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var stored = new Analytics.Ingest.Store.RecordStore(corpus.Data).AllRecords().Count();
        Assert.True(filter is null ? plans == stored : plans > 0 && plans < stored, error);
        ReportText(format, file, out var text);
        Assert.Contains("thiếu hụt", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("30/06/2025", text);
        if (filter is not null) Assert.Contains(filter, text);
    }

    [Fact]
    public async Task Normalize_restores_diacritics_of_unaccented_text()
    {
        var file = Path.Combine(_out, "khong-dau.txt");
        File.WriteAllText(file, "Xay dung thu vien dat chuan va nha ve sinh cho hoc sinh\n");

        var (exit, output, _) = await PlansCli.Run("normalize", file);

        Assert.Equal(0, exit);
        Assert.Contains("thư viện đạt chuẩn", output);
        Assert.Contains("nhà vệ sinh", output);
    }

    [Fact]
    public async Task Train_lm_adapts_the_model_to_the_collection_and_writes_it_to_the_data_folder()
    {
        var data = Path.Combine(_out, "lm-data");
        var (exit, output, error) = await PlansCli.Run("train-lm", RepoPaths.Combine("corpus", "thpt-thanh-binh.txt"), "--data", data);

        Assert.True(exit == 0, error);
        Assert.Contains("train-lm: 1 documents", output);
        Assert.True(File.Exists(Path.Combine(data, "language-model.lm")));
    }

    /// <summary>The text of a written report, read the way its reader would: Word and Excel through Open XML,
    /// the PDF through pdftotext (poppler-utils), HTML and Markdown as text.</summary>
    private static void ReportText(string format, string file, out string text)
    {
        text = format switch
        {
            "docx" => ReadDocx(file),
            "xlsx" => ReadXlsx(file),
            "pdf" => PdfText(file),
            "html" => System.Net.WebUtility.HtmlDecode(File.ReadAllText(file)),
            _ => File.ReadAllText(file),
        };
    }

    private static string ReadDocx(string file)
    {
        using var document = WordprocessingDocument.Open(file, false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string ReadXlsx(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable?.InnerText ?? "";
        var inline = string.Join('\n', document.WorkbookPart.WorksheetParts.SelectMany(w => w.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.InlineString>()).Select(s => s.InnerText));
        return strings + "\n" + inline;
    }

    private static string PdfText(string file)
    {
        Assert.StartsWith("%PDF", File.ReadAllText(file)[..8]);
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-layout", file, "-" } };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    [GeneratedRegex(@"^\| `plans ([a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex CommandRow();

    [GeneratedRegex(@"plans: (\d+)")]
    private static partial Regex InfoPlans();

    [GeneratedRegex(@"\((\d+) plans\)")]
    private static partial Regex WrittenPlans();
}
