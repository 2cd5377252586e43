using Analytics.Server.Database;
using Npgsql;

namespace Analytics.Testing;

/// <summary>A fresh database on the test PostgreSQL (scripts/pg-test.sh, whose connection string scripts/test.sh
/// exports as PLANS_TEST_PG), dropped afterwards. Shared by the test projects as a linked source file. Without PLANS_TEST_PG the test fails and says how to start
/// one: server-mode tests run against a real PostgreSQL or not at all, never skipped in silence.</summary>
internal sealed class TestDatabase : IDisposable
{
    public const string EnvironmentVariable = "PLANS_TEST_PG";
    private readonly string _admin;
    private readonly string _name = "plans_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <param name="migrate">false: an empty database, for a test that builds an older schema itself.</param>
    public TestDatabase(bool migrate = true)
    {
        var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(root))
            throw new InvalidOperationException($"{EnvironmentVariable} is not set: the server-mode tests need a real PostgreSQL. Run `eval \"$(scripts/pg-test.sh start >/dev/null; scripts/pg-test.sh env)\"` (scripts/test.sh does it).");
        _admin = new NpgsqlConnectionStringBuilder(root) { Database = "postgres", Pooling = false }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(root) { Database = _name }.ConnectionString;
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        create.ExecuteNonQuery();
        Source = ServerDatabase.Open(ConnectionString, migrate);
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource Source { get; }

    public long Scalar(string sql)
    {
        using var command = Source.CreateCommand(sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Source.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
