using System.Diagnostics;

namespace Analytics.Ingest.Isolation;

/// <summary>The last lines a reader process wrote to stderr: how a crash is told apart (the runtime
/// writes "Stack overflow." there before it aborts).</summary>
internal sealed class StderrTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> _lines = new();

    public StderrTail(Process process)
    {
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginErrorReadLine();
    }

    public string Text
    {
        get
        {
            lock (_lines) return string.Join('\n', _lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (_lines)
        {
            _lines.Enqueue(line.Length > 500 ? line[..500] : line);
            while (_lines.Count > MaxLines) _lines.Dequeue();
        }
    }
}
