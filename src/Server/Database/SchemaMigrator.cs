using System.Reflection;
using Npgsql;

namespace Analytics.Server.Database;

/// <summary>Applies the embedded migrations (Migrations/NNNN_name.sql) in the order of their numbers, each in
/// its own transaction together with its row in schema_version, so a database is always at one whole version.
/// An advisory lock keeps two processes starting at once from applying the same migration twice.</summary>
public static class SchemaMigrator
{
    private const long LockKey = 0x706c616e73; // "plans"

    /// <summary>Brings the schema up to date; returns the numbers of the migrations applied now.</summary>
    public static IReadOnlyList<int> Apply(NpgsqlDataSource database)
    {
        using var connection = database.OpenConnection();
        Execute(connection, null, $"SELECT pg_advisory_lock({LockKey})");
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            var applied = new HashSet<int>();
            using (var read = new NpgsqlCommand("SELECT version FROM schema_version", connection))
            using (var reader = read.ExecuteReader())
                while (reader.Read()) applied.Add(reader.GetInt32(0));
            var now = new List<int>();
            foreach (var (number, name, sql) in Embedded().Where(m => !applied.Contains(m.Number)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, sql);
                using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES (@v, @n)", connection, transaction);
                record.Parameters.AddWithValue("v", number);
                record.Parameters.AddWithValue("n", name);
                record.ExecuteNonQuery();
                transaction.Commit();
                now.Add(number);
            }
            return now;
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey})");
        }
    }

    /// <summary>The migrations in the assembly, by number.</summary>
    public static IReadOnlyList<(int Number, string Name, string Sql)> Embedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Number)
            .ToList();
    }

    private static (int Number, string Name, string Sql) Read(Assembly assembly, string resource)
    {
        var name = resource["migrations/".Length..^".sql".Length];
        var number = int.Parse(name.AsSpan(0, name.IndexOf('_')), System.Globalization.CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var text = new StreamReader(stream);
        return (number, name, text.ReadToEnd());
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
