using Analytics.Ingest.Ocr.Native;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>The median CPU time each call of a benchmark used on its own thread. On the shared 2-core machine
/// BenchmarkDotNet's wall-clock times mostly measure how long the process waited for a core; the thread's own
/// processor time (the product's <see cref="ThreadCpuClock"/>, which the OCR page deadline also reads) is what
/// "syllables per second on one core" asks for.</summary>
internal sealed class ThreadCpuTime
{
    private readonly List<TimeSpan> _calls = [];

    /// <summary>Runs <paramref name="work"/> and records the processor time it took on this thread.</summary>
    public T Measure<T>(Func<T> work)
    {
        var clock = ThreadCpuClock.OfCurrentThread();
        var start = clock.GetTimestamp();
        var result = work();
        _calls.Add(clock.GetElapsedTime(start));
        return result;
    }

    /// <summary>"NAME: median X CPU-ms per call = Y units per CPU-second (n calls)", or null when nothing was recorded.</summary>
    public string? Report(string name, int units)
    {
        if (_calls.Count == 0) return null;
        _calls.Sort();
        var median = _calls[_calls.Count / 2].TotalMilliseconds;
        return $"// CPU time: {name}: median {median:F2} CPU-ms per call = {units / (median / 1000):N0} per CPU-second ({_calls.Count} calls)";
    }
}
