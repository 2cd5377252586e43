using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Testing;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Analytics.Cli.Tests;

/// <summary>Runs `plans` in-process with stdout and stderr captured (so tests in this assembly run one at a time).</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plans-cli-" + Guid.NewGuid().ToString("N"));
    private string Data => Path.Combine(_root, "data");

    public CliTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Task<(int Exit, string Out, string Error)> Run(params string[] args) => PlansCli.Run(args);

    private void Store(params PlanRecord[] records) =>
        new RecordStore(Data).Put(new StoredSource("hồ sơ/kế hoạch.docx", "h", DateTimeOffset.UnixEpoch, records));

    private static PlanRecord Plan() => new()
    {
        Id = "hồ sơ/kế hoạch.docx#0",
        Source = "hồ sơ/kế hoạch.docx",
        School = new SchoolInfo { Name = "Trường Tiểu học Lê Quý Đôn", Level = "tieu-hoc", Province = "Tiền Giang" },
        Document = new DocumentInfo { Number = "207/KH-LQĐ", Title = "Kế hoạch cải tiến chất lượng giáo dục" },
        Items =
        [
            new PlanItem { Criterion = "3.3", Actions = "- Lập tờ trình, xin \"kinh phí\"\n- Mua sắm", Budget = new Budget("350 triệu đồng", 350_000_000) },
            new PlanItem { Criterion = "3.6", Target = "Thư viện đạt chuẩn" },
        ],
        Gaps = ["thu-vien", "phong-chuc-nang"],
    };

    [Fact]
    public async Task Ingest_of_a_missing_path_is_a_usage_error()
    {
        var (exit, _, error) = await Run("ingest", Path.Combine(_root, "không có"), "--data", Data);

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", error);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (exit, _, _) = await Run("export", "--format", "xml", "--data", Data);

        Assert.Equal(2, exit);
    }

    /// <summary>Copies the committed phone photos of a 3-page corpus plan (a print-path twin) under new names.</summary>
    private string PhotosOfAThreePagePlan(string folder, Func<int, string> nameOfPage)
    {
        var input = Path.Combine(_root, folder);
        Directory.CreateDirectory(input);
        for (var page = 1; page <= 3; page++)
            File.Copy(RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "twins", "photo", $"mn-liem-tuyen-p{page}.jpg"), Path.Combine(input, nameOfPage(page)));
        return input;
    }

    private void AssertOnePlanOfLiemTuyen(string source)
    {
        var stored = new RecordStore(Data).All().ToList();
        var plan = Assert.Single(Assert.Single(stored).Records);
        Assert.Equal(source, stored[0].Source);
        Assert.Equal("Trường Mầm non Liêm Tuyền", plan.School.Name);
        Assert.NotEmpty(plan.Items);
    }

    [Fact]
    public async Task Photographed_pages_given_as_files_become_one_plan()
    {
        var input = PhotosOfAThreePagePlan("ảnh", page => $"kế hoạch_trang_{page}.jpg");

        var (exit, output, _) = await Run(["ingest", .. Directory.GetFiles(input).Order(StringComparer.Ordinal), "--data", Data]);

        Assert.Equal(0, exit);
        Assert.Contains("kế hoạch_trang_1.jpg: 3 page images read as one document", output);
        Assert.Contains("Ingested 1 of 1 files (1 plans)", output);
        AssertOnePlanOfLiemTuyen("kế hoạch_trang_1.jpg");
    }

    [Fact]
    public async Task A_folder_holding_one_numbered_series_of_photos_becomes_one_plan()
    {
        var input = PhotosOfAThreePagePlan("điện thoại", page => $"IMG_{20240811 + page}.jpg");

        var (exit, output, _) = await Run("ingest", input, "--data", Data);

        Assert.Equal(0, exit);
        Assert.Contains("Ingested 1 of 1 files (1 plans)", output);
        AssertOnePlanOfLiemTuyen("điện thoại/IMG_20240812.jpg");
    }

    [Fact]
    public async Task Ingest_with_a_failing_file_prints_one_failed_line_naming_it_and_exits_1()
    {
        var input = Path.Combine(_root, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "rác.docx"), [0x01, 0x02, 0x03, 0x00, 0x05]);

        var (exit, output, _) = await Run("ingest", input, "--data", Data);

        Assert.Equal(1, exit);
        Assert.Contains("FAILED in/rác.docx: ", output);
        Assert.Contains("1 failed", output);
    }

    [Fact]
    public async Task Csv_export_is_utf8_with_bom_one_row_per_item_and_rfc4180_quoting()
    {
        Store(Plan());
        var path = Path.Combine(_root, "out", "plans.csv");

        var (exit, _, _) = await Run("export", "--format", "csv", "--out", path, "--data", Data);

        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n");
        Assert.StartsWith("source,plan_id,school_name,", lines[0]);
        Assert.Contains("hồ sơ/kế hoạch.docx,hồ sơ/kế hoạch.docx#0,Trường Tiểu học Lê Quý Đôn,tieu-hoc,Tiền Giang,", text);
        Assert.Contains("\" - Lập tờ trình, xin \"\"kinh phí\"\"\n- Mua sắm\"", text);
        Assert.Contains(",350 triệu đồng,350000000,", text);
        Assert.Contains("thu-vien;phong-chuc-nang", text);
        Assert.Equal(4, lines.Length); // header, two items, and the empty string after the last CRLF
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public async Task Jsonl_export_writes_one_plan_per_line_with_accents_unescaped()
    {
        Store(Plan());
        var path = Path.Combine(_root, "plans.jsonl");

        var (exit, _, _) = await Run("export", "--out", path, "--data", Data);

        Assert.Equal(0, exit);
        var line = Assert.Single(File.ReadAllLines(path, Encoding.UTF8));
        Assert.Equal("Trường Tiểu học Lê Quý Đôn", RecordJson.Deserialize(line).School.Name);
        Assert.Contains("Lê Quý Đôn", line);
    }

    [Theory]
    [InlineData("hồ sơ/kế hoạch.docx")]
    [InlineData("kế hoạch.docx")]
    public async Task Show_finds_a_plan_by_source_or_file_name_and_prints_it_with_accents(string name)
    {
        Store(Plan());

        var (exit, output, _) = await Run("show", name, "--data", Data);

        Assert.Equal(0, exit);
        Assert.Contains("Trường Tiểu học Lê Quý Đôn", output);
        Assert.Contains("350 triệu đồng", output);
        Assert.Contains("Thư viện đạt chuẩn", output);
    }

    [Fact]
    public async Task Show_of_an_unknown_source_exits_1()
    {
        var (exit, _, error) = await Run("show", "khác.docx", "--data", Data);

        Assert.Equal(1, exit);
        Assert.Contains("nothing stored", error);
    }

    [Fact]
    public async Task Show_blocks_dumps_the_document_model_of_a_file()
    {
        var (exit, output, _) = await Run("show", "--blocks", Path.Combine(AppContext.BaseDirectory, "Fixtures", "plan-tables.docx"));

        Assert.Equal(0, exit);
        Assert.Contains("P: I. ĐIỀU KHOẢN CHUNG VÀ NHỮNG ĐIỂM YẾU CẦN KHẮC PHỤC", output);
        Assert.Contains("c1 →2: Kết quả", output);
        Assert.Contains("c0: ↑", output);
    }
}
