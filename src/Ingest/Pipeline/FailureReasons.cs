namespace Analytics.Ingest.Pipeline;

/// <summary>Reasons for files that stopped the reader rather than being refused by it, in Vietnamese and
/// English: an analyst reads the first half, a bug report quotes the second.</summary>
public static class FailureReasons
{
    public static string Deadline(TimeSpan deadline) =>
        $"Tệp đọc quá thời hạn {Seconds(deadline)} giây / reading took longer than the {Seconds(deadline)} s deadline";

    public const string OutOfMemory =
        "Tệp cần quá nhiều bộ nhớ để đọc / reading the file ran out of memory";

    public static string MemoryLimit(long bytes) =>
        $"Tệp cần quá nhiều bộ nhớ để đọc (quá {bytes / (1024 * 1024)} MB) / reading the file went past the {bytes / (1024 * 1024)} MB memory limit";

    public const string StackOverflow =
        "Tệp làm tiến trình đọc bị dừng (tràn ngăn xếp) / reader crashed (stack overflow)";

    public static string Crashed(string how) =>
        $"Tệp làm tiến trình đọc bị dừng ({how}) / reader crashed ({how})";

    public static string NoAnswer(TimeSpan deadline) =>
        $"Tiến trình đọc không trả lời sau {Seconds(deadline)} giây nên bị dừng / reader stopped: no answer within {Seconds(deadline)} s";

    /// <summary>A reader threw on this file: the file is damaged in a way no check named; the exception
    /// type and where it was thrown point a developer to the fault.</summary>
    public static string ReaderFault(Exception e)
    {
        var frame = e.StackTrace?.Split('\n', 2)[0].Trim().Replace("at ", "", StringComparison.Ordinal) ?? "";
        var at = frame.Length > 0 ? $" in {frame.Split('(')[0]}" : "";
        return $"Tệp hỏng, bộ đọc không xử lý được / damaged file the reader could not handle ({e.GetType().Name}{at})";
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
