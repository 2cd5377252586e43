using Analytics.Testing;

namespace Analytics.Cli.Tests.Acceptance;

/// <summary>The README's own data: every corpus document ingested once by `plans ingest`, as
/// `scripts/run-corpus.sh` does, into a data folder shared by the acceptance cases (deleted afterwards).</summary>
public sealed class AcceptanceCorpus : IAsyncLifetime
{
    public string Data { get; } = Path.Combine(Path.GetTempPath(), "plans-acceptance-" + Guid.NewGuid().ToString("N"));

    /// <summary>What `plans ingest` answered: its exit status and standard output.</summary>
    public (int Exit, string Out, string Error) Ingest { get; private set; }

    public static IReadOnlyList<string> Documents { get; } = [.. Directory.GetFiles(RepoPaths.Corpus)
        .Where(f => Path.GetExtension(f) is ".txt" or ".docx" or ".pdf" or ".png" or ".jpg" or ".tif" or ".tiff")
        .Order(StringComparer.Ordinal)];

    public async Task InitializeAsync() => Ingest = await PlansCli.Run(["ingest", .. Documents, "--data", Data]);

    public Task DisposeAsync()
    {
        if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Copies the ingested data (records and index) into another folder, for a workspace of its own.</summary>
    public void CopyTo(string target)
    {
        foreach (var file in Directory.GetFiles(Data, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
