using Analytics.Testing;
using Analytics.Search.Indexing;

namespace Analytics.Cli.Tests;

/// <summary>An index written by the previous version of plans (tests/fixtures/old-index-format1, made by
/// main's `plans ingest` before the index recorded its format): search over it says to rebuild, `plans index`
/// rebuilds it, and then hits show the former units as "trước đây".</summary>
public sealed class OldIndexFormatTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "plans-old-index-" + Guid.NewGuid().ToString("N"));

    public OldIndexFormatTests()
    {
        var fixture = RepoPaths.Combine("tests", "fixtures", "old-index-format1");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            var target = Path.Combine(_data, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private Task<(int Exit, string Out, string Error)> Plans(params string[] args) => PlansCli.Run([.. args, "--data", _data]);

    [Fact]
    public async Task Search_over_an_index_of_the_previous_version_says_to_rebuild_and_plans_index_rebuilds_it()
    {
        var (exit, before, warning) = await Plans("search", "province:\"Hải Dương\"");
        Assert.Equal(0, exit);
        Assert.Contains("Trường THPT Thanh Bình", before);
        Assert.Contains($"older version of plans (index format 1, this version writes {IndexFormat.Current}); run `plans index --rebuild`", warning);
        Assert.DoesNotContain("trước đây", before);

        var (indexed, said, _) = await Plans("index");
        Assert.Equal(0, indexed);
        Assert.Contains($"rebuilt from index format 1 to {IndexFormat.Current}: added 3", said);

        var (_, after, quiet) = await Plans("search", "province:\"Hải Dương\"");
        Assert.DoesNotContain("older version", quiet);
        Assert.Contains("Địa bàn: Hải Phòng (trước đây: Thanh Hà, Hải Dương)", after);
        Assert.DoesNotContain("rebuilt", (await Plans("index")).Out);
    }

    [Fact]
    public async Task Ingest_into_a_data_folder_with_an_index_of_the_previous_version_rebuilds_it()
    {
        var plan = RepoPaths.Combine("corpus", "thcs-duc-manh.docx");

        var (_, said, _) = await Plans("ingest", plan, "--in-process");

        Assert.Contains($"final sync: rebuilt from index format 1 to {IndexFormat.Current}", said);
        Assert.DoesNotContain("older version", (await Plans("search", "thư viện")).Error);
    }
}
