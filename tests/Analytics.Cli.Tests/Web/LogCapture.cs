using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Tests.Web;

/// <summary>A logging provider that keeps every line the workspace logs, to check that a failure left a trace.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Whether a line containing <paramref name="text"/> is logged within a few seconds: a request's line
    /// is written when the pipeline returns, which can be just after the client has the response.</summary>
    public async Task<bool> WaitForAsync(string text)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal))) return true;
            await Task.Delay(100);
        }
        return false;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name)}");
    }
}
