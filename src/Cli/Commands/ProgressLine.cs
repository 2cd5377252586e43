namespace Analytics.Cli.Commands;

/// <summary>A one-line progress counter on stderr, redrawn in place, only when stderr is a terminal and
/// the run is long enough to need one. Failure lines are printed to stdout above it. Thread-safe.</summary>
internal sealed class ProgressLine(int total) : IDisposable
{
    private const int MinFilesForBar = 5;
    private readonly Lock _lock = new();
    private readonly bool _enabled = !Console.IsErrorRedirected && total >= MinFilesForBar;
    private int _done;
    private bool _drawn;

    public void Advance(string? message = null)
    {
        lock (_lock)
        {
            _done++;
            if (message is not null)
            {
                Clear();
                Console.Out.WriteLine(message);
                Console.Out.Flush();
            }
            Draw();
        }
    }

    public void Finish()
    {
        lock (_lock) Clear();
    }

    public void Dispose() => Finish();

    private void Draw()
    {
        if (!_enabled) return;
        const int width = 30;
        var filled = total == 0 ? width : _done * width / total;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total}");
        _drawn = true;
    }

    private void Clear()
    {
        if (!_drawn) return;
        Console.Error.Write("\r" + new string(' ', 60) + "\r");
        _drawn = false;
    }
}
