using Analytics.Ingest.Pipeline;

namespace Analytics.Ingest.Isolation;

/// <summary>Names how a reader process died, from its exit status and its last words on stderr.</summary>
internal static class ReaderDeath
{
    public static string Explain(int exitCode, string stderr)
    {
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return FailureReasons.StackOverflow;
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal) || stderr.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            return FailureReasons.OutOfMemory;
        return exitCode switch
        {
            // 128 + signal: the runtime aborts on fatal errors; the kernel kills on memory exhaustion.
            134 => FailureReasons.Crashed("tiến trình tự hủy / aborted"),
            137 => FailureReasons.Crashed("bị hệ điều hành dừng, có thể do hết bộ nhớ / killed by the system, likely out of memory"),
            139 => FailureReasons.Crashed("lỗi truy cập bộ nhớ trong thư viện / segmentation fault in a native library"),
            _ => FailureReasons.Crashed($"mã thoát {exitCode} / exit code {exitCode}"),
        };
    }
}
