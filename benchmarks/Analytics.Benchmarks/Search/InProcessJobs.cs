using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Benchmarks.Search;

/// <summary>In-process jobs: on this shared 2-core machine, building BenchmarkDotNet's per-job
/// executables times out under load, so the search suites run in the benchmark process itself.</summary>
internal static class InProcess
{
    /// <summary>The in-process run of a benchmark includes its global setup, which may build the 100,000-plan
    /// index (minutes, more under load): the default 5-minute limit would abort it.</summary>
    public static InProcessEmitToolchain Toolchain { get; } = new(TimeSpan.FromHours(1), logOutput: true);
}

/// <summary>Three warm-up operations: one was not enough for the tiered JIT to finish promoting the
/// indexing chain (with one, the measured operations still ran about 50 % slower than from the fourth on),
/// and the figure this suite stands for is the rate of a long rebuild. A cold process's rate is measured
/// by timing `plans index --rebuild` (benchmarks/RESULTS.md).</summary>
internal sealed class IndexingConfig : ManualConfig
{
    public IndexingConfig() => AddJob(Job.Default.WithToolchain(InProcess.Toolchain)
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(6).WithInvocationCount(1).WithUnrollFactor(1));
}

/// <summary>One query per invocation so that the percentile columns are per-query latencies.</summary>
internal sealed class QueryLatencyConfig : ManualConfig
{
    public QueryLatencyConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcess.Toolchain)
            .WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(100).WithInvocationCount(1).WithUnrollFactor(1));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
