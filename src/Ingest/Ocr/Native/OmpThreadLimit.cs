using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>Tesseract parallelises inside a page with OpenMP. On a small machine that oversubscribes the
/// cores (measured: 11.6 s per page with default threading vs 2.1 s single-threaded), so we run one
/// single-threaded engine per core instead. libgomp reads OMP_THREAD_LIMIT once, when it is loaded as a
/// dependency of libtesseract, so the variable must be in the *native* environment before that:
/// on Unix <see cref="Environment.SetEnvironmentVariable(string, string)"/> only changes .NET's own copy,
/// hence the libc setenv as well. A value the user already set is respected.</summary>
internal static partial class OmpThreadLimit
{
    public const string Variable = "OMP_THREAD_LIMIT";

    public static void ApplyBeforeNativeLoad()
    {
        var existing = Environment.GetEnvironmentVariable(Variable);
        var value = string.IsNullOrWhiteSpace(existing) ? "1" : existing;
        Environment.SetEnvironmentVariable(Variable, value);
        if (OperatingSystem.IsWindows()) return;
        try
        {
            _ = SetEnv(Variable, value, overwrite: 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc setenv (unusual platform): Tesseract then runs with its default threading.
        }
    }

    /// <summary>The value the native side sees (libc getenv), for tests and diagnostics.</summary>
    public static string? NativeValue()
    {
        if (OperatingSystem.IsWindows()) return Environment.GetEnvironmentVariable(Variable);
        var p = GetEnv(Variable);
        return p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);
    }

    [DllImport(NativeLibraryLocator.LibC, EntryPoint = "setenv")]
    private static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    [DllImport(NativeLibraryLocator.LibC, EntryPoint = "getenv")]
    private static extern IntPtr GetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
