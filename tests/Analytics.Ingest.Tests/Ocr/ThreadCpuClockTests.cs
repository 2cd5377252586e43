using System.Diagnostics;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>The page deadline runs on the recognising thread's processor time: a thread that waits (for a
/// core, on a loaded machine) does not use up its page's time; one that works does.</summary>
public sealed class ThreadCpuClockTests
{
    [Fact]
    public void Waiting_does_not_advance_the_clock_but_working_does()
    {
        var clock = ThreadCpuClock.OfCurrentThread();
        Assert.NotSame(TimeProvider.System, clock);

        var start = clock.GetTimestamp();
        Thread.Sleep(300);
        var waited = clock.GetElapsedTime(start);

        start = clock.GetTimestamp();
        var spin = Stopwatch.StartNew();
        var sum = 0L;
        while (spin.ElapsedMilliseconds < 300) sum += spin.ElapsedTicks % 7;
        var worked = clock.GetElapsedTime(start);

        Assert.True(waited < TimeSpan.FromMilliseconds(100), $"300 ms asleep counted {waited.TotalMilliseconds} ms");
        Assert.True(worked > waited + TimeSpan.FromMilliseconds(20), $"300 ms of work counted {worked.TotalMilliseconds} ms (sum {sum})");
    }

    [Fact]
    public void Clock_of_one_thread_is_not_advanced_by_work_on_another()
    {
        TimeProvider? clock = null;
        long start = 0;
        var ready = new ManualResetEventSlim();
        var done = new ManualResetEventSlim();
        var idle = new Thread(() =>
        {
            clock = ThreadCpuClock.OfCurrentThread();
            start = clock.GetTimestamp();
            ready.Set();
            done.Wait();
        });
        idle.Start();
        ready.Wait();
        var spin = Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 200) Thread.SpinWait(100);
        var elapsed = clock!.GetElapsedTime(start);
        done.Set();
        idle.Join();
        Assert.True(elapsed < TimeSpan.FromMilliseconds(50), $"the idle thread's clock counted {elapsed.TotalMilliseconds} ms");
    }
}
