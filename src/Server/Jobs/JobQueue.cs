using Analytics.Ingest.Store;
using Analytics.Server.Store;
using Npgsql;

namespace Analytics.Server.Jobs;

/// <summary>The ingest job queue in PostgreSQL. A worker leases the oldest job nobody holds (FOR UPDATE SKIP
/// LOCKED: workers never wait on each other's rows) until a deadline it keeps renewing while it works; a job
/// whose worker died is taken again once its lease lapses, up to its retry count. A job is finished in the
/// same transaction that stores its records, and only by the worker that still holds it.</summary>
public sealed class JobQueue(NpgsqlDataSource database)
{
    public LeasedJob? Lease(string owner, TimeSpan lease)
    {
        GiveUpExhausted();
        using var command = database.CreateCommand(
            """
            UPDATE ingest_jobs SET state = 'running', lease_owner = @o, lease_until = now() + @l, attempts = attempts + 1
            WHERE id = (SELECT id FROM ingest_jobs
                        WHERE (state = 'queued' OR (state = 'running' AND lease_until < now())) AND attempts < max_attempts
                        ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
            RETURNING id, source, page_hashes, page_names, attempts, lease_until
            """);
        command.Parameters.AddWithValue("o", owner);
        command.Parameters.AddWithValue("l", lease);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new LeasedJob(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetFieldValue<string[]>(3),
            reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5));
    }

    /// <summary>Extends the lease; false when the job is no longer this worker's (it lapsed and was taken).</summary>
    public bool Renew(long job, string owner, TimeSpan lease)
    {
        using var command = database.CreateCommand(
            "UPDATE ingest_jobs SET lease_until = now() + @l WHERE id = @id AND lease_owner = @o AND state = 'running'");
        command.Parameters.AddWithValue("l", lease);
        command.Parameters.AddWithValue("id", job);
        command.Parameters.AddWithValue("o", owner);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Stores the source and marks the job done in one transaction. False (nothing written) when the
    /// job is no longer this worker's: another worker took it after the lease lapsed and will store it.</summary>
    public bool Complete(long job, string owner, StoredSource source)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (!StillHeld(connection, transaction, job, owner)) return false;
        SourceRows.Write(connection, transaction, source);
        SourceRows.Run(connection, transaction,
            "UPDATE ingest_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, error = NULL, finished_at = now() WHERE id = @id", ("id", job));
        transaction.Commit();
        return true;
    }

    /// <summary>A refusal by the pipeline (not a plan, unreadable) is final: retrying gives the same answer.</summary>
    public bool Fail(long job, string owner, string error)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (!StillHeld(connection, transaction, job, owner)) return false;
        SourceRows.Run(connection, transaction,
            "UPDATE ingest_jobs SET state = 'failed', lease_owner = NULL, lease_until = NULL, error = @e, finished_at = now() WHERE id = @id",
            ("id", job), ("e", error));
        transaction.Commit();
        return true;
    }

    public JobProgress Progress(string? batch = null)
    {
        using var command = database.CreateCommand(
            "SELECT state, count(*) FROM ingest_jobs WHERE @b::text IS NULL OR batch = @b GROUP BY state");
        command.Parameters.AddWithValue("b", (object?)batch ?? DBNull.Value);
        var counts = new Dictionary<string, int>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        return new JobProgress(counts.GetValueOrDefault("queued"), counts.GetValueOrDefault("running"),
            counts.GetValueOrDefault("done"), counts.GetValueOrDefault("failed"));
    }

    /// <summary>A job whose worker died on every attempt (a file that kills its reader) stops being retried.</summary>
    private void GiveUpExhausted()
    {
        using var command = database.CreateCommand(
            """
            UPDATE ingest_jobs SET state = 'failed', finished_at = now(), lease_owner = NULL,
                error = 'Tiến trình xử lý bị dừng ' || attempts || ' lần khi đọc tệp / worker stopped ' || attempts || ' times on this file'
            WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts
            """);
        command.ExecuteNonQuery();
    }

    private static bool StillHeld(NpgsqlConnection connection, NpgsqlTransaction transaction, long job, string owner)
    {
        using var command = new NpgsqlCommand(
            "SELECT 1 FROM ingest_jobs WHERE id = @id AND lease_owner = @o AND state = 'running' FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", job);
        command.Parameters.AddWithValue("o", owner);
        return command.ExecuteScalar() is not null;
    }
}
