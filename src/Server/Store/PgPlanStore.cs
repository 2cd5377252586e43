using Analytics.Ingest.Store;
using Npgsql;

namespace Analytics.Server.Store;

/// <summary>The server mode's plan store: the same contract as the embedded JSON folder, kept in PostgreSQL.
/// Its version is the change feed's position, so an index can tell how far behind it is.</summary>
public sealed class PgPlanStore(NpgsqlDataSource database) : IPlanStore
{
    public long Version
    {
        get
        {
            using var command = database.CreateCommand("SELECT coalesce(max(change_seq), 0) FROM sources");
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Put(StoredSource source)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        SourceRows.Write(connection, transaction, source);
        transaction.Commit();
    }

    public StoredSource? Get(string source)
    {
        using var connection = database.OpenConnection();
        return SourceRows.Read(connection, "s.source = @s AND NOT s.deleted", ("s", source)).SingleOrDefault();
    }

    public bool Holds(string source)
    {
        using var command = database.CreateCommand("SELECT 1 FROM sources WHERE source = @s AND NOT deleted");
        command.Parameters.AddWithValue("s", source);
        return command.ExecuteScalar() is not null;
    }

    public bool Remove(string source)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var removed = SourceRows.Delete(connection, transaction, source);
        transaction.Commit();
        return removed;
    }

    public IEnumerable<StoredSource> All()
    {
        using var connection = database.OpenConnection();
        return SourceRows.Read(connection, "NOT s.deleted");
    }

    /// <summary>How many plans are stored (not deleted), for `plans info`-like summaries and tests.</summary>
    public long PlanCount()
    {
        using var command = database.CreateCommand("SELECT count(*) FROM plans");
        return (long)command.ExecuteScalar()!;
    }
}
