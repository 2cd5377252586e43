using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>The processor time one thread has used, as a <see cref="TimeProvider"/>. The page deadline is
/// measured on it, not on the wall: on a loaded machine (a batch beside other work, a shared office server)
/// a page waits for a core and its wall time grows several times over, while the work a pathological page
/// forces on Tesseract is what the deadline is for. Pages are recognised single-threaded (OMP_THREAD_LIMIT=1),
/// so the recognising thread's time is the page's time. The thread's clock id is taken when the clock is made,
/// so it reads the same thread even if Tesseract calls back from elsewhere.</summary>
internal sealed class ThreadCpuClock : TimeProvider
{
    private const long NanosecondsPerSecond = 1_000_000_000;
    private readonly int _clockId;

    private ThreadCpuClock(int clockId) => _clockId = clockId;

    public override long TimestampFrequency => NanosecondsPerSecond;

    public override long GetTimestamp() =>
        ClockGetTime(_clockId, out var now) == 0 ? now.Seconds * NanosecondsPerSecond + now.Nanoseconds : 0;

    /// <summary>The calling thread's processor clock, or the wall clock where the platform has none.</summary>
    public static TimeProvider OfCurrentThread()
    {
        if (!OperatingSystem.IsLinux()) return System;
        try
        {
            return PthreadGetCpuClockId(PthreadSelf(), out var id) == 0 ? new ThreadCpuClock(id) : System;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return System;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport(NativeLibraryLocator.LibC, EntryPoint = "pthread_self")]
    private static extern nuint PthreadSelf();

    [DllImport(NativeLibraryLocator.LibC, EntryPoint = "pthread_getcpuclockid")]
    private static extern int PthreadGetCpuClockId(nuint thread, out int clockId);

    [DllImport(NativeLibraryLocator.LibC, EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
