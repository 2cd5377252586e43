namespace Analytics.Cli.Tests.Concurrency;

/// <summary>A fresh folder under the system's temporary folder for one test (its data folder is "data"
/// inside it), deleted with the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix)
    {
        Root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
