namespace Analytics.Benchmarks.TextRepair;

/// <summary>CPU time of the calling thread, and the median of what each call of a benchmark used. On the shared
/// 2-core machine BenchmarkDotNet's wall-clock times mostly measure how long the process waited for a core;
/// the thread's own CPU time is what "syllables per second on one core" asks for. Linux only
/// (/proc/thread-self/schedstat, nanoseconds on the CPU); elsewhere nothing is recorded.</summary>
internal sealed class ThreadCpuTime
{
    private readonly List<long> _calls = [];

    /// <summary>Nanoseconds the calling thread has run, or -1 where the kernel does not say.</summary>
    public static long Now()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(text.AsSpan(0, text.IndexOf(' ')));
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>Runs <paramref name="work"/> and records the CPU time it took on this thread.</summary>
    public T Measure<T>(Func<T> work)
    {
        var start = Now();
        var result = work();
        if (start >= 0) _calls.Add(Now() - start);
        return result;
    }

    /// <summary>"NAME: median X CPU-ms per call = Y units per CPU-second (n calls)", or null when nothing was recorded.</summary>
    public string? Report(string name, int units)
    {
        if (_calls.Count == 0) return null;
        _calls.Sort();
        var median = _calls[_calls.Count / 2] / 1e6;
        return $"// CPU time: {name}: median {median:F2} CPU-ms per call = {units / (median / 1000):N0} per CPU-second ({_calls.Count} calls)";
    }
}
