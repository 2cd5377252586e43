using Analytics.Server.Accounts;
using Analytics.Server.Database;
using Analytics.Testing;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Analytics.Server.Tests;

/// <summary>Accounts made before the move to Identity's stores: a database at schema 2 with rows as the old
/// AccountStore wrote them is migrated, and its users sign in with their passwords. The old store already
/// hashed with Identity's PasswordHasher (format v3), so its hashes verify as they are; a hash of Identity's
/// older settings (v3 with 10,000 rounds of HMAC-SHA256, before .NET 7) is verified once and rewritten.</summary>
public sealed class AccountUpgradeTests : IDisposable
{
    private const string Password = "mật-khẩu-cũ-từ-2025";
    private readonly TestDatabase _database = new(migrate: false);

    public AccountUpgradeTests()
    {
        using var connection = _database.Source.OpenConnection();
        Execute(connection, "CREATE TABLE schema_version (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        foreach (var (number, name, sql) in SchemaMigrator.Embedded().Where(m => m.Number <= 2))
            Execute(connection, $"{sql};\nINSERT INTO schema_version (version, name) VALUES ({number}, '{name}')");
        OldRow(connection, "lan", new PasswordHasher<string>().HashPassword("lan", Password), failures: 2);
        var before7 = new PasswordHasher<string>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        OldRow(connection, "xã-mậu-duệ", WithSha256(before7.HashPassword("xã-mậu-duệ", Password)), failures: 0);
        Assert.Contains(3, SchemaMigrator.Apply(_database.Source));
    }

    [Fact]
    public async Task An_account_of_the_old_store_signs_in_with_its_password_and_keeps_its_count()
    {
        using var accounts = new TestAccounts(_database);
        Assert.Equal(2, _database.Scalar("SELECT access_failed_count FROM users WHERE name = 'lan'"));
        Assert.False((await accounts.Check("lan", "sai-mật-khẩu")).Succeeded);
        Assert.True((await accounts.Check("lan", Password)).Succeeded);
        Assert.Equal(Roles.Analyst, (await accounts.Users.FindByNameAsync("LAN"))!.Role);
    }

    [Fact]
    public async Task A_hash_of_older_settings_is_verified_once_then_rehashed_with_the_current_ones()
    {
        using var accounts = new TestAccounts(_database);
        var old = Hash("xã-mậu-duệ");

        Assert.True((await accounts.Check("xã-mậu-duệ", Password)).Succeeded);

        var upgraded = Hash("xã-mậu-duệ");
        Assert.NotEqual(old, upgraded);
        var hasher = new PasswordHasher<AccountUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new AccountUser(), upgraded, Password));
        Assert.True((await accounts.Check("xã-mậu-duệ", Password)).Succeeded);
    }

    /// <summary>A v3 hash as Identity wrote it before .NET 7: pseudo-random function HMAC-SHA256 (1) in the
    /// header instead of today's HMAC-SHA512 (2); the salt and subkey lengths are the same.</summary>
    private static string WithSha256(string v3Sha512)
    {
        var bytes = Convert.FromBase64String(v3Sha512);
        var salt = bytes.AsSpan(13, 16).ToArray();
        var subkey = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(Password, salt, 10_000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        bytes[1] = 0; bytes[2] = 0; bytes[3] = 0; bytes[4] = 1; // header: 0x01, prf, rounds, salt length (big-endian)
        return Convert.ToBase64String(bytes[..13].Concat(salt).Concat(subkey).ToArray());
    }

    private string Hash(string name)
    {
        using var command = _database.Source.CreateCommand("SELECT password_hash FROM users WHERE name = @n");
        command.Parameters.AddWithValue("n", name);
        return (string)command.ExecuteScalar()!;
    }

    private static void OldRow(NpgsqlConnection connection, string name, string hash, int failures)
    {
        using var insert = new NpgsqlCommand("INSERT INTO users (name, password_hash, role, province, failed_logins) VALUES (@n, @h, 'analyst', 'Lào Cai', @f)", connection);
        insert.Parameters.AddWithValue("n", name);
        insert.Parameters.AddWithValue("h", hash);
        insert.Parameters.AddWithValue("f", failures);
        insert.ExecuteNonQuery();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _database.Dispose();
}
