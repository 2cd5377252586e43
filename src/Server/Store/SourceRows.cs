using System.Text.Json;
using Analytics.Ingest.Records;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Analytics.Server.Review;
using Npgsql;
using NpgsqlTypes;

namespace Analytics.Server.Store;

/// <summary>Writes and reads one source's rows (sources, plans, items) inside a caller's transaction, so a
/// worker can store a record and finish its job in one commit. Each write takes the next change-feed number
/// and lays the source's corrections over its records (a re-ingest keeps an analyst's corrections).</summary>
internal static class SourceRows
{
    public static void Write(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredSource source)
    {
        TakeFeedTurn(connection, transaction);
        source = CorrectionApplier.Apply(source, CorrectionRows.For(connection, transaction, source.Source));
        var keys = source.Records.Count > 0 ? PlanKeys.Of(source.Records[0]) : new PlanKeys(null, null, null, null);
        Run(connection, transaction, "DELETE FROM plans WHERE source = @s", ("s", source.Source));
        Run(connection, transaction,
            """
            INSERT INTO sources (source, content_hash, ingested_at, province, commune, change_seq, deleted)
            VALUES (@s, @h, @at, @p, @c, nextval('change_feed'), false)
            ON CONFLICT (source) DO UPDATE SET content_hash = EXCLUDED.content_hash, ingested_at = EXCLUDED.ingested_at,
                province = EXCLUDED.province, commune = EXCLUDED.commune, change_seq = EXCLUDED.change_seq, deleted = false
            """,
            ("s", source.Source), ("h", source.ContentHash), ("at", source.IngestedAt.ToUniversalTime()), ("p", keys.Province), ("c", keys.Commune));
        for (var i = 0; i < source.Records.Count; i++) WritePlan(connection, transaction, source, i);
    }

    private static void WritePlan(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredSource source, int ordinal)
    {
        var record = source.Records[ordinal];
        var keys = PlanKeys.Of(record);
        using var insert = new NpgsqlCommand(
            """
            INSERT INTO plans (source, ordinal, plan_id, source_hash, province, commune, school, year, record)
            VALUES (@s, @o, @id, @h, @p, @c, @school, @y, @r) RETURNING id
            """, connection, transaction);
        Add(insert, ("s", source.Source), ("o", ordinal), ("id", record.Id), ("h", source.ContentHash), ("p", keys.Province),
            ("c", keys.Commune), ("school", keys.School), ("y", keys.Year));
        insert.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(record, RecordJson.Options) });
        var planRow = (long)insert.ExecuteScalar()!;
        using var batch = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < record.Items.Count; i++)
        {
            var item = record.Items[i];
            var command = new NpgsqlBatchCommand("INSERT INTO items (plan, ordinal, criterion, budget_vnd, item) VALUES ($1, $2, $3, $4, $5)");
            command.Parameters.Add(new NpgsqlParameter { Value = planRow });
            command.Parameters.Add(new NpgsqlParameter { Value = i });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)item.Criterion ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)item.Budget?.Vnd ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = JsonSerializer.Serialize(item, RecordJson.Options) });
            batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
    }

    /// <summary>Marks a source deleted (its plans go; the row stays so the change feed carries the deletion).</summary>
    public static bool Delete(NpgsqlConnection connection, NpgsqlTransaction transaction, string source)
    {
        TakeFeedTurn(connection, transaction);
        Run(connection, transaction, "DELETE FROM plans WHERE source = @s", ("s", source));
        return Run(connection, transaction,
            "UPDATE sources SET deleted = true, change_seq = nextval('change_feed') WHERE source = @s AND NOT deleted", ("s", source)) > 0;
    }

    /// <summary>The stored sources a WHERE clause over `sources s` selects, with their plans in order.</summary>
    public static List<StoredSource> Read(NpgsqlConnection connection, string where, params (string Name, object? Value)[] parameters)
    {
        using var command = new NpgsqlCommand(
            $"""
            SELECT s.source, s.content_hash, s.ingested_at, p.record::text
            FROM sources s LEFT JOIN plans p ON p.source = s.source
            WHERE {where} ORDER BY s.source COLLATE "C", p.ordinal
            """, connection);
        Add(command, parameters);
        var sources = new List<StoredSource>();
        var records = new List<PlanRecord>();
        string? current = null;
        (string Hash, DateTimeOffset At) head = ("", default);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (name != current)
            {
                if (current is not null) sources.Add(new StoredSource(current, head.Hash, head.At, records));
                current = name;
                head = (reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
                records = [];
            }
            if (!reader.IsDBNull(3)) records.Add(JsonSerializer.Deserialize<PlanRecord>(reader.GetString(3), RecordJson.Options)!);
        }
        if (current is not null) sources.Add(new StoredSource(current, head.Hash, head.At, records));
        return sources;
    }

    /// <summary>Writers of sources take turns until they commit, so change-feed numbers become visible in
    /// order: a follower that has seen number N has seen every number below it (without the turn, a
    /// transaction holding 10 could commit after one holding 11 was read, and 10 would be skipped for good).
    /// Only the database writes take turns; reading and OCR happen before.</summary>
    public static void TakeFeedTurn(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        Run(connection, transaction, "SELECT pg_advisory_xact_lock(7031)");

    public static int Run(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command, parameters);
        return command.ExecuteNonQuery();
    }

    public static void Add(NpgsqlCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }
}
