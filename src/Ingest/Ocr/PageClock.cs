namespace Analytics.Ingest.Ocr;

/// <summary>The processor time one page has spent in OCR — preparation, page analysis and recognition together —
/// against the per-page deadline. The clock is replaceable so tests can run a page past its deadline.</summary>
internal sealed class PageClock
{
    private readonly TimeProvider _time;
    private readonly long _start;

    private PageClock(TimeSpan deadline, TimeProvider time)
    {
        Deadline = deadline;
        _time = time;
        _start = time.GetTimestamp();
    }

    public TimeSpan Deadline { get; }

    public bool Expired => _time.GetElapsedTime(_start) >= Deadline;

    public static PageClock Start(TimeSpan deadline, TimeProvider time) => new(deadline, time);

    /// <summary>The failure reason for a page given up at <paramref name="stage"/>.</summary>
    public string Reason(int page, string stage) =>
        $"page {page}: OCR took longer than the {Deadline.TotalSeconds:0.###} s page deadline (stopped in {stage})";
}
