using Npgsql;

namespace Analytics.Server.Audit;

/// <summary>Who did what, when: uploads, report and record downloads, logins refused, accounts created.</summary>
public sealed class AuditLog(NpgsqlDataSource database)
{
    public void Write(string? user, string action, string? detail = null)
    {
        using var command = database.CreateCommand("INSERT INTO audit_log (user_name, action, detail) VALUES (@u, @a, @d)");
        command.Parameters.AddWithValue("u", (object?)user ?? DBNull.Value);
        command.Parameters.AddWithValue("a", action);
        command.Parameters.AddWithValue("d", (object?)detail ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
