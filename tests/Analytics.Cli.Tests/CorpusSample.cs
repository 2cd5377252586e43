using Analytics.Testing;

namespace Analytics.Cli.Tests;

/// <summary>A data folder holding a few corpus plans ingested by `plans ingest` (and so indexed): Thanh Bình
/// (Hải Dương, now Hải Phòng), Tân Hòa Thành (Tiền Giang, now Đồng Tháp), Bình Trung (primary), Bình An
/// Đông ("Xã hội hóa"), Hải Bắc ("XHH"). Built once per test class; deleted afterwards.</summary>
public sealed class CorpusSample : IAsyncLifetime
{
    public static readonly string[] Files =
        ["thpt-thanh-binh.txt", "thcs-tan-hoa-thanh.txt", "th-binh-trung.txt", "thpt-binh-an-dong.txt", "mn-hai-bac.txt"];

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "plans-sample-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var (exit, output, error) = await PlansCli.Run(["ingest", .. Files.Select(f => Path.Combine(RepoPaths.Corpus, f)), "--data", Data]);
        if (exit != 0) throw new InvalidOperationException($"ingest of the sample failed ({exit}): {output} {error}");
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
        return Task.CompletedTask;
    }
}
