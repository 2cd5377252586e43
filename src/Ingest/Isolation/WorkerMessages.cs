using System.Text.Json;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Isolation;

/// <summary>What the batch asks a reader process: the file's name (its bytes follow in a frame of their own).</summary>
internal sealed record WorkerRequest(string Source);

/// <summary>What a reader process answers: the file's plans, or the reason it has none.</summary>
internal sealed record WorkerReply(IReadOnlyList<PlanRecord> Records, string? Error)
{
    public static WorkerReply From(IngestOutcome outcome) => new(outcome.Records, outcome.Error);
}

internal static class WorkerJson
{
    public static byte[] Encode<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, RecordJson.Options);

    public static T Decode<T>(byte[] payload) =>
        JsonSerializer.Deserialize<T>(payload, RecordJson.Options) ?? throw new InvalidDataException("empty message");
}
