using System.Diagnostics;
using System.Text;

namespace Analytics.Server.Tests;

/// <summary>`plans` as a separate process (the built plans.dll beside the tests), as users and other machines run
/// it: workers must be real processes for a kill to mean anything.</summary>
internal sealed class PlansProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PlansProcess(Process process) => _process = process;

    public static PlansProcess Start(params string[] args) => StartWithInput(null, args);

    /// <summary>Starts plans with <paramref name="input"/> (when given) as its standard input.</summary>
    public static PlansProcess StartWithInput(string? input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plans.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["OMP_THREAD_LIMIT"] = "1";
        var process = new PlansProcess(Process.Start(info)!);
        process._process.OutputDataReceived += (_, e) => { lock (process._output) process._output.AppendLine(e.Data); };
        process._process.ErrorDataReceived += (_, e) => { lock (process._output) process._output.AppendLine(e.Data); };
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        if (input is not null)
        {
            process._process.StandardInput.WriteLine(input);
            process._process.StandardInput.Close();
        }
        return process;
    }

    public static Task<(int Exit, string Output)> Run(TimeSpan limit, params string[] args) => RunWithInput(limit, null, args);

    public static async Task<(int Exit, string Output)> RunWithInput(TimeSpan limit, string? input, params string[] args)
    {
        using var process = StartWithInput(input, args);
        var exit = await process.Wait(limit);
        return (exit, process.Output);
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    public async Task<int> Wait(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"plans did not finish in {limit.TotalSeconds} s; output:\n{Output}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL): no cleanup, no lease given back.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
