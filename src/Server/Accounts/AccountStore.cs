using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Analytics.Server.Accounts;

/// <summary>Accounts in PostgreSQL with ASP.NET Core Identity's password hasher (PBKDF2, salted, versioned)
/// and a lockout: <see cref="MaxFailures"/> wrong passwords in a row lock the account for
/// <see cref="LockoutMinutes"/> minutes, whatever is typed meanwhile; a success or the end of a lockout resets the count.</summary>
public sealed class AccountStore(NpgsqlDataSource database)
{
    public const int MaxFailures = 5;
    public const int LockoutMinutes = 15;
    private static readonly PasswordHasher<string> Hasher = new();

    public enum SignIn { Success, WrongPassword, LockedOut }

    // A lockout that has run out starts a new count: without this, the first wrong password after the
    // 15 minutes locked the account again at once (the count still stood at 5). Only reached when the
    // account is not locked now, so a set locked_until is one that has lapsed.
    private const string FailuresAfterThisOne = "CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END";

    public void Create(Account account, string password)
    {
        if (!Roles.All.Contains(account.Role)) throw new ArgumentException($"unknown role {account.Role} (one of: {string.Join(", ", Roles.All)})");
        if (password.Length < 10) throw new ArgumentException("the password needs at least 10 characters");
        using var command = database.CreateCommand(
            "INSERT INTO users (name, password_hash, role, province, communes) VALUES (@n, @h, @r, @p, @c)");
        command.Parameters.AddWithValue("n", account.Name);
        command.Parameters.AddWithValue("h", Hasher.HashPassword(account.Name, password));
        command.Parameters.AddWithValue("r", account.Role);
        command.Parameters.AddWithValue("p", (object?)account.Province ?? DBNull.Value);
        command.Parameters.AddWithValue("c", account.Communes.ToArray());
        command.ExecuteNonQuery();
    }

    public Account? Find(string name)
    {
        using var command = database.CreateCommand("SELECT name, role, province, communes FROM users WHERE name = @n");
        command.Parameters.AddWithValue("n", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Every account by name, and whether it is locked out now.</summary>
    public IReadOnlyList<(Account Account, bool Locked)> All()
    {
        using var command = database.CreateCommand(
            "SELECT name, role, province, communes, coalesce(locked_until > now(), false) FROM users ORDER BY name COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var accounts = new List<(Account, bool)>();
        while (reader.Read()) accounts.Add((Read(reader), reader.GetBoolean(4)));
        return accounts;
    }

    /// <summary>Gives an account another role; false when there is no such account.</summary>
    public bool SetRole(string name, string role)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"unknown role {role} (one of: {string.Join(", ", Roles.All)})");
        return Update(name, "role = @v", role);
    }

    /// <summary>Gives an account its province and communes (the units it sees); false when there is no such account.</summary>
    public bool SetUnits(string name, string? province, IReadOnlyList<string> communes)
    {
        using var command = database.CreateCommand("UPDATE users SET province = @p, communes = @c WHERE name = @n");
        command.Parameters.AddWithValue("n", name);
        command.Parameters.AddWithValue("p", (object?)province ?? DBNull.Value);
        command.Parameters.AddWithValue("c", communes.ToArray());
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Ends a lockout now and resets the count of wrong passwords.</summary>
    public bool Unlock(string name) => Update(name, "failed_logins = 0, locked_until = NULL", null);

    private bool Update(string name, string set, object? value)
    {
        using var command = database.CreateCommand($"UPDATE users SET {set} WHERE name = @n");
        command.Parameters.AddWithValue("n", name);
        if (value is not null) command.Parameters.AddWithValue("v", value);
        return command.ExecuteNonQuery() == 1;
    }

    private static Account Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<string[]>(3));

    /// <summary>Checks a password under the row's lock, so parallel guesses cannot slip past the count.
    /// An unknown name answers like a wrong password.</summary>
    public SignIn Check(string name, string password)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var read = new NpgsqlCommand("SELECT password_hash, locked_until > now() FROM users WHERE name = @n FOR UPDATE", connection, transaction);
        read.Parameters.AddWithValue("n", name);
        string hash;
        bool locked;
        using (var reader = read.ExecuteReader())
        {
            if (!reader.Read()) return SignIn.WrongPassword;
            (hash, locked) = (reader.GetString(0), !reader.IsDBNull(1) && reader.GetBoolean(1));
        }
        if (locked) return SignIn.LockedOut;
        var right = Hasher.VerifyHashedPassword(name, hash, password) != PasswordVerificationResult.Failed;
        using var update = new NpgsqlCommand(right
            ? "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = @n"
            : $"UPDATE users SET failed_logins = {FailuresAfterThisOne}, locked_until = CASE WHEN {FailuresAfterThisOne} >= {MaxFailures} THEN now() + interval '{LockoutMinutes} minutes' END WHERE name = @n",
            connection, transaction);
        update.Parameters.AddWithValue("n", name);
        update.ExecuteNonQuery();
        transaction.Commit();
        return right ? SignIn.Success : SignIn.WrongPassword;
    }
}
