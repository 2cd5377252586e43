using Analytics.Ingest.Records;
using Analytics.Server.Store;
using Npgsql;

namespace Analytics.Server.Review;

/// <summary>Reads and adds a source's corrections inside a caller's transaction (so a correction, the source
/// it is laid over and its audit entry commit together).</summary>
internal static class CorrectionRows
{
    public static List<FieldCorrection> For(NpgsqlConnection connection, NpgsqlTransaction? transaction, string source)
    {
        using var command = new NpgsqlCommand(
            "SELECT plan, field, value, original, corrected_by, corrected_at FROM corrections WHERE source = @s ORDER BY id", connection, transaction);
        command.Parameters.AddWithValue("s", source);
        using var reader = command.ExecuteReader();
        var corrections = new List<FieldCorrection>();
        while (reader.Read())
            corrections.Add(new FieldCorrection(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        return corrections;
    }

    public static void Add(NpgsqlConnection connection, NpgsqlTransaction? transaction, string source, FieldCorrection correction) =>
        SourceRows.Run(connection, transaction,
            """
            INSERT INTO corrections (source, plan, field, value, original, corrected_by, corrected_at)
            VALUES (@s, @p, @f, @v, @o, @by, @at)
            """,
            ("s", source), ("p", correction.Plan), ("f", correction.Field), ("v", correction.Value), ("o", correction.Original),
            ("by", correction.By), ("at", correction.At.ToUniversalTime()));
}
