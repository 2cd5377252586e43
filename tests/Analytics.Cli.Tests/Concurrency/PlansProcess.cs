using System.Diagnostics;
using System.Text;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Concurrency;

/// <summary>A real `plans` child process (the built plans.dll under `dotnet`), its output collected as it
/// comes so the test can wait for a line, kill it, or wait for its exit.</summary>
internal sealed class PlansProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private PlansProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static PlansProcess Start(params string[] args) => StartIn(Environment.CurrentDirectory, args);

    public static PlansProcess StartIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plans.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return new PlansProcess(Process.Start(start)!);
    }

    public int Id => _process.Id;

    public string Output { get { lock (_out) return _out.ToString(); } }

    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>Waits for the exit (bounded) and returns the exit code.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit)) throw new TimeoutException($"plans did not exit in {limit.TotalSeconds} s; output:\n{Output}\n{Error}");
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>kill -9: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}

/// <summary>Folders of real text plans from the corpus, copied so that each copy is its own source.</summary>
internal static class PlanFolders
{
    public static IReadOnlyList<string> TextPlans { get; } = Directory.GetFiles(RepoPaths.Corpus, "*.txt")
        .Where(f => !Path.GetFileName(f).StartsWith("bien-ban", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>Makes <paramref name="copies"/> folders under <paramref name="root"/>, each with every text plan.</summary>
    public static string Make(string root, int copies)
    {
        for (var c = 0; c < copies; c++)
        {
            var folder = Path.Combine(root, $"lo-{c:00}");
            Directory.CreateDirectory(folder);
            foreach (var plan in TextPlans) File.Copy(plan, Path.Combine(folder, Path.GetFileName(plan)));
        }
        return root;
    }
}
