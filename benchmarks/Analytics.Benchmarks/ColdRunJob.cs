using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Benchmarks;

/// <summary>The job of suites whose one operation is seconds to minutes of work (OCR): in-process (no
/// generated project to build on a busy machine), one invocation per iteration, a few measured runs.</summary>
internal static class ColdRunJob
{
    public static Job Of(TimeSpan timeout, int warmups, int iterations) =>
        Job.Dry.WithToolchain(new InProcessEmitToolchain(timeout, logOutput: true))
            .WithWarmupCount(warmups).WithIterationCount(iterations).WithInvocationCount(1).WithUnrollFactor(1).WithLaunchCount(1);
}
