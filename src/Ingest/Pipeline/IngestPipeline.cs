using System.Diagnostics;
using System.Security.Cryptography;
using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Pipeline;

/// <summary>Sniff → read → stages → parse, for one file at a time. Built once by
/// <see cref="IngestPipelineBuilder"/>, immutable and safe to share between threads.</summary>
public sealed class IngestPipeline : IFileIngest
{
    private readonly Func<ReadOnlySpan<byte>, string, string> _detectFormat;
    private readonly IReadOnlyDictionary<string, IDocumentReader> _readers;
    private readonly IReadOnlyList<IDocumentStage> _stages;
    private readonly IPlanParser _parser;

    internal IngestPipeline(
        Func<ReadOnlySpan<byte>, string, string> detectFormat,
        IReadOnlyDictionary<string, IDocumentReader> readers,
        IReadOnlyList<IDocumentStage> stages,
        IPlanParser parser,
        IngestLimits limits)
    {
        _detectFormat = detectFormat;
        _readers = readers;
        _stages = stages;
        _parser = parser;
        Limits = limits;
    }

    public IngestLimits Limits { get; }

    public IngestOutcome Ingest(SourceFile file, CancellationToken cancellationToken = default)
    {
        var hash = ContentHash(file.Content.Span);
        if (file.Content.Length == 0) return IngestOutcome.Failed(file.Source, hash, "empty file");
        if (file.Content.Length > Limits.MaxFileBytes)
            return IngestOutcome.Failed(file.Source, hash, $"file is larger than the {Limits.MaxFileBytes / (1024 * 1024)} MB limit");

        // One deadline over every stage: reading, repair and parsing all count against it.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Limits.FileDeadline);
        try
        {
            return Run(file, hash, new Deadline(deadline, Limits.FileDeadline));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return IngestOutcome.Failed(file.Source, hash, FailureReasons.Deadline(Limits.FileDeadline));
        }
    }

    private IngestOutcome Run(SourceFile file, string hash, Deadline deadline)
    {
        var read = Read(file, deadline.Token);
        if (!read.IsSuccess) return IngestOutcome.Failed(file.Source, hash, read.Error!);

        var document = read.Value;
        foreach (var stage in _stages)
        {
            deadline.ThrowIfPast();
            document = stage.Apply(document);
        }

        if (document.Blocks.Count == 0)
        {
            // An empty body (a scan without OCR, a blank file) is not a plan; say why rather than "not a plan".
            var why = document.Warnings.Count > 0 ? $" ({string.Join("; ", document.Warnings.Take(3))})" : "";
            return IngestOutcome.Failed(file.Source, hash, "no text found" + why);
        }

        deadline.ThrowIfPast();
        var parsed = _parser.Parse(document);
        if (!parsed.IsSuccess) return IngestOutcome.Failed(file.Source, hash, parsed.Error!);

        deadline.ThrowIfPast();
        var records = parsed.Value
            .Select((record, index) => record with { Id = $"{file.Source}#{hash[..12]}#{index}", Source = file.Source })
            .ToList();
        return new IngestOutcome(file.Source, hash, records, null);
    }

    /// <summary>Reads a file into the document model without parsing it (for `plans show --blocks`, tests, OCR tools).</summary>
    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var format = _detectFormat(file.Content.Span, file.Source);
        if (!_readers.TryGetValue(format, out var reader))
            return Result<SourceDocument>.Failure($"unsupported format ({format})");
        return reader.Read(file, cancellationToken);
    }

    public static string ContentHash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The file's deadline, checked between stages by the clock as well as by the timer: a timer may fire
    /// late (it has a resolution of milliseconds), and a stage boundary past the deadline must fail the same way
    /// on a fast machine as on a slow one.</summary>
    private sealed class Deadline(CancellationTokenSource source, TimeSpan limit)
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public CancellationToken Token => source.Token;

        public void ThrowIfPast()
        {
            if (Stopwatch.GetElapsedTime(_started) > limit) source.Cancel();
            source.Token.ThrowIfCancellationRequested();
        }
    }
}
