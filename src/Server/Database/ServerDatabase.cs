using Npgsql;

namespace Analytics.Server.Database;

/// <summary>Opens the server's PostgreSQL database from a connection string (`--server`, else $PLANS_SERVER)
/// and brings its schema up to date, so every server command starts on the schema it was built for.</summary>
public static class ServerDatabase
{
    public const string EnvironmentVariable = "PLANS_SERVER";

    public static NpgsqlDataSource Open(string connectionString, bool migrate = true)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        if (migrate) SchemaMigrator.Apply(source);
        return source;
    }
}
