using Npgsql;

namespace Analytics.Server.Audit;

/// <summary>Who did what, when: uploads, corrections, deletions, report and record downloads, logins refused,
/// accounts created and changed.</summary>
public sealed class AuditLog(NpgsqlDataSource database)
{
    public void Write(string? user, string action, string? detail = null)
    {
        using var connection = database.OpenConnection();
        Write(connection, null, user, action, detail);
    }

    /// <summary>An entry that commits with the change it records.</summary>
    internal static void Write(NpgsqlConnection connection, NpgsqlTransaction? transaction, string? user, string action, string? detail)
    {
        using var command = new NpgsqlCommand("INSERT INTO audit_log (user_name, action, detail) VALUES (@u, @a, @d)", connection, transaction);
        command.Parameters.AddWithValue("u", (object?)user ?? DBNull.Value);
        command.Parameters.AddWithValue("a", action);
        command.Parameters.AddWithValue("d", (object?)detail ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The latest entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Latest(int count)
    {
        using var command = database.CreateCommand("SELECT at, user_name, action, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT @n");
        command.Parameters.AddWithValue("n", count);
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        return entries;
    }
}
