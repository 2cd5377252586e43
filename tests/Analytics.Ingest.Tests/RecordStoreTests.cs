using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Tests;

public sealed class RecordStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "plans-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private static PlanRecord Sample(string school) => new()
    {
        Id = "a.docx#0",
        Source = "a.docx",
        School = new SchoolInfo { Name = school, Level = "tieu-hoc", Province = "Tiền Giang" },
        Items = [new PlanItem { Criterion = "3.1", Budget = new Budget("3 tỷ đồng", 3_000_000_000) }],
    };

    [Fact]
    public void Stored_source_reads_back_with_accents_and_amounts_intact()
    {
        var store = new RecordStore(_data);
        store.Put(new StoredSource("a.docx", "h1", DateTimeOffset.UnixEpoch, [Sample("Trường Tiểu học Lê Quý Đôn")]));

        var back = Assert.Single(store.AllRecords());
        Assert.Equal("Trường Tiểu học Lê Quý Đôn", back.School.Name);
        Assert.Equal(3_000_000_000, back.Items[0].Budget!.Vnd);
    }

    [Fact]
    public void Re_ingesting_a_source_replaces_its_records()
    {
        var store = new RecordStore(_data);
        store.Put(new StoredSource("a.docx", "h1", DateTimeOffset.UnixEpoch, [Sample("Cũ")]));
        store.Put(new StoredSource("a.docx", "h2", DateTimeOffset.UnixEpoch, [Sample("Mới")]));

        var only = Assert.Single(store.All());
        Assert.Equal("h2", only.ContentHash);
        Assert.Equal("Mới", only.Records[0].School.Name);
    }

    [Fact]
    public void Json_keeps_vietnamese_letters_unescaped_and_writes_null_budget()
    {
        var json = RecordJson.Serialize(Sample("Trường Mầm non Họa Mi") with { Items = [new PlanItem { Criterion = "1.1" }] });
        Assert.Contains("Trường Mầm non Họa Mi", json);
        Assert.Contains("\"budget\":null", json);
    }
}
