using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Ingest.Records;

/// <summary>The one JSON configuration for records: camelCase keys, nulls written (the contract says
/// "null when…"), Vietnamese letters written as themselves rather than \u escapes.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(PlanRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, indented ? Indented : Options);

    public static PlanRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanRecord>(json, Options) ?? throw new JsonException("null record");
}
