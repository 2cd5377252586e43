using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>The page deadline covers the whole page: image preparation, Tesseract's page analysis (which
/// its monitor never interrupts) and recognition (stopped between words through the monitor's cancel
/// callback), and before them the ruled tables read cell by cell. A clock that moves on one second each time it
/// is read puts each stage past the deadline in turn: read at the start, after preparation (1 s), then before
/// each table cell and word of it; with rules not looked for (no tables), after page analysis (2 s), then before
/// each word (3 s, …).</summary>
public sealed class OcrDeadlineTests
{
    private sealed class TickingClock : TimeProvider
    {
        private long _seconds;

        public override long TimestampFrequency => 1;

        public override long GetTimestamp() => Interlocked.Increment(ref _seconds) - 1;
    }

    private static Result<Model.SourceDocument> ReadWithDeadline(double seconds, bool tables = false)
    {
        var options = OcrOptions.Default with
        {
            PageDeadline = TimeSpan.FromSeconds(seconds), Workers = 1, Clock = new TickingClock(),
            Preprocess = Analytics.Ingest.Ocr.Preprocessing.PreprocessOptions.Default with { DetectRules = tables },
        };
        using var pool = new OcrEnginePool(options);
        return new ImageReader(ImageFormat.Png, pool).Read(SourceFile.FromPath(OcrSamples.PathOf("plan-a-clean-p2.png")));
    }

    [Theory]
    [InlineData(0.5, "image preparation")]
    [InlineData(1.5, "page analysis")]
    // Only Tesseract asking the cancel callback before each word can reach 10.5 s: without it the clock
    // would be read once after recognition, at 3 s, and the page would pass.
    [InlineData(10.5, "recognition")]
    public void Page_past_its_deadline_fails_naming_the_stage_it_was_stopped_in(double deadline, string stage)
    {
        var read = ReadWithDeadline(deadline);
        Assert.False(read.IsSuccess);
        Assert.Equal($"page 1: OCR took longer than the {deadline:0.###} s page deadline (stopped in {stage})", read.Error);
    }

    [Fact]
    public void Page_past_its_deadline_while_its_table_is_read_fails_naming_the_table_cells()
    {
        const double deadline = 1.5;
        var read = ReadWithDeadline(deadline, tables: true);
        const string stage = "table cells";
        Assert.False(read.IsSuccess);
        Assert.Equal($"page 1: OCR took longer than the {deadline:0.###} s page deadline (stopped in {stage})", read.Error);
    }

    [Fact]
    public void Page_within_its_deadline_is_read_in_full()
    {
        // The ticking clock reaches 1,000 s only after 1,000 looks: far more words than the page has.
        var read = ReadWithDeadline(1000, tables: true);
        Assert.True(read.IsSuccess, read.Error);
        Assert.Contains(read.Value.Blocks.OfType<Model.TextBlock>(), b => b.Text.StartsWith("Hiệu trưởng chịu trách nhiệm"));
    }
}
