using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Tests.BadInput;

public sealed class BatchIngestorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plans-batch-" + Guid.NewGuid().ToString("N"));
    private string Input => Path.Combine(_root, "hồ sơ");
    private string Data => Path.Combine(_root, "data");

    public BatchIngestorTests() => Directory.CreateDirectory(Input);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Stands in for the plan parser (another engineer's work): a document whose first block
    /// says "KẾ HOẠCH" is a plan titled with its first paragraph; anything else is not a plan.</summary>
    private sealed class TitleParser : IPlanParser
    {
        public Result<IReadOnlyList<PlanRecord>> Parse(SourceDocument document)
        {
            var texts = document.Blocks.OfType<TextBlock>().Select(t => t.Text).ToList();
            if (!texts.Any(t => t.StartsWith("KẾ HOẠCH", StringComparison.Ordinal)))
                return Result<IReadOnlyList<PlanRecord>>.Failure("not a plan: no title \"KẾ HOẠCH\"");
            return new PlanRecord[] { new() { Document = new DocumentInfo { Title = texts.First(t => t.StartsWith("KẾ HOẠCH", StringComparison.Ordinal)) } } };
        }
    }

    private BatchIngestor Ingestor() =>
        new(DefaultPipeline.CreateBuilder().UseParser(new TitleParser()).Build(), new RecordStore(Data), new BatchOptions(MaxParallelism: 2));

    private void Write(string relative, byte[] content)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    [Fact]
    public async Task Bad_files_fail_one_by_one_with_reasons_while_the_rest_of_the_batch_is_stored()
    {
        Write("tốt.docx", BadFiles.Fixture("plan-tables.docx"));
        Write("2024/tốt.pdf", BadFiles.Fixture("plan-tables.pdf"));
        Write("hỏng.docx", BadFiles.CorruptDocx());
        Write("cụt.pdf", BadFiles.Truncated(BadFiles.Fixture("plan-tables.pdf"), 0.3));
        Write("mật khẩu.pdf", BadFiles.Fixture("encrypted.pdf"));
        Write("rỗng.docx", []);
        Write("rác.pdf", BadFiles.RandomBytes());
        Write("bom.docx", BadFiles.ZipBomb(16L << 20));
        Write("không phải kế hoạch.txt", "Biên bản họp phụ huynh học sinh"u8.ToArray());
        Write(".ẩn/tốt.docx", BadFiles.Fixture("plan-tables.docx"));

        var (files, missing) = InputWalker.Walk([Input]);
        var reports = new System.Collections.Concurrent.ConcurrentBag<FileReport>();
        var summary = await Ingestor().RunAsync(files, reports.Add);

        Assert.Empty(missing);
        Assert.Equal((9, 2, 7), (summary.Files, summary.Succeeded, summary.Failed));
        Assert.False(summary.AllSucceeded);
        var failures = reports.Where(r => !r.IsSuccess).ToDictionary(r => r.File.Source, r => r.Error!);
        Assert.Equal(7, failures.Count);
        Assert.All(failures.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.Contains("not a plan", failures["hồ sơ/không phải kế hoạch.txt"]);
        Assert.Contains("zip bomb", failures["hồ sơ/bom.docx"]);
        Assert.Equal("empty file", failures["hồ sơ/rỗng.docx"]);
        var stored = new RecordStore(Data).All().Select(s => s.Source).ToList();
        Assert.Equal(["hồ sơ/2024/tốt.pdf", "hồ sơ/tốt.docx"], stored);
    }

    [Fact]
    public async Task Word_97_and_excel_plans_in_a_folder_are_walked_and_read()
    {
        static byte[] Format(string name) => BadFiles.Fixture(Path.Combine("formats", name));
        Write("cũ/kế hoạch.doc", Format("mn-tan-dinh.doc"));
        Write("bảng tính.xlsx", Format("th-cam-dong.xlsx"));
        // The conversion itself is LibreOffice's (tested in Conversion/); here its answer is the plan as DOCX.
        var converter = Conversion.FakeConverter.Returning(File.ReadAllBytes(Path.Combine(Analytics.Testing.RepoPaths.Corpus, "mn-tan-dinh.docx")));
        var pipeline = DefaultPipeline.CreateBuilder(converter: converter).UseParser(new TitleParser()).Build();

        var (files, _) = InputWalker.Walk([Input]);
        var summary = await new BatchIngestor(pipeline, new RecordStore(Data), new BatchOptions(MaxParallelism: 2)).RunAsync(files);

        Assert.Equal((2, 2), (summary.Files, summary.Succeeded));
        Assert.Equal(["hồ sơ/bảng tính.xlsx", "hồ sơ/cũ/kế hoạch.doc"], new RecordStore(Data).All().Select(s => s.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Failed_re_ingest_of_a_corrupted_version_keeps_the_earlier_records()
    {
        var good = BadFiles.Fixture("plan-tables.docx");
        Write("kế hoạch.docx", good);
        var (files, _) = InputWalker.Walk([Input]);
        Assert.True((await Ingestor().RunAsync(files)).AllSucceeded);
        var before = new RecordStore(Data).Get("hồ sơ/kế hoạch.docx")!;

        Write("kế hoạch.docx", BadFiles.Truncated(good, 0.5));
        var summary = await Ingestor().RunAsync(files);

        Assert.Equal(1, summary.Failed);
        var after = new RecordStore(Data).Get("hồ sơ/kế hoạch.docx")!;
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.Equal("KẾ HOẠCH", Assert.Single(after.Records).Document.Title);
    }

    [Fact]
    public void Walker_skips_hidden_and_lock_files_non_documents_build_output_and_the_data_folder()
    {
        Write("a.docx", [1]);
        Write(".b.docx", [1]);
        Write("~$a.docx", [1]);
        Write("sub/c.pdf", [1]);
        Write("sub/c.expected.json", [1]);
        Write("ghi chú", [1]);
        Write("tools/obj/d.txt", [1]);
        var data = Path.Combine(Input, "plans-data");
        Directory.CreateDirectory(Path.Combine(data, "records"));
        File.WriteAllBytes(Path.Combine(data, "records", "x.json"), [1]);

        var (files, missing) = InputWalker.Walk([Input, Path.Combine(Input, "a.docx"), Path.Combine(_root, "không có")], excludeDirectory: data);

        Assert.Equal(["hồ sơ/a.docx", "hồ sơ/ghi chú", "hồ sơ/sub/c.pdf"], files.Select(f => f.Source));
        Assert.Equal([Path.Combine(_root, "không có")], missing);
    }
}
