using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Analytics.Server.Accounts;

/// <summary>ASP.NET Core Identity's user store over the users table (Npgsql, no EF Core): UserManager reads and
/// changes an <see cref="AccountUser"/> in memory and this store writes it back, an update refused when another
/// has changed the row since it was read (the concurrency stamp). The lockout counters are the exception: see
/// the lockout part of this class.</summary>
public sealed partial class AccountUserStore(NpgsqlDataSource database) :
    IUserPasswordStore<AccountUser>, IUserSecurityStampStore<AccountUser>, IUserLockoutStore<AccountUser>, IUserRoleStore<AccountUser>
{
    private const string Columns = "id, name, normalized_name, password_hash, security_stamp, concurrency_stamp, role, province, communes, lockout_end, access_failed_count, lockout_enabled";

    public async Task<IdentityResult> CreateAsync(AccountUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            INSERT INTO users (name, normalized_name, password_hash, security_stamp, concurrency_stamp, role, province, communes, lockout_enabled)
            VALUES (@name, @normalized, @hash, @stamp, @concurrency, @role, @province, @communes, @lockout) RETURNING id
            """);
        Bind(command, user, user.ConcurrencyStamp);
        try
        {
            user.Id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return IdentityResult.Success;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return IdentityResult.Failed(new AccountErrors().DuplicateUserName(user.Name));
        }
    }

    public async Task<IdentityResult> UpdateAsync(AccountUser user, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString();
        await using var command = database.CreateCommand(
            """
            UPDATE users SET name = @name, normalized_name = @normalized, password_hash = @hash, security_stamp = @stamp,
                concurrency_stamp = @concurrency, role = @role, province = @province, communes = @communes, lockout_enabled = @lockout
            WHERE id = @id AND concurrency_stamp = @read
            """);
        Bind(command, user, stamp);
        command.Parameters.AddWithValue("id", user.Id);
        command.Parameters.AddWithValue("read", user.ConcurrencyStamp);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0) return IdentityResult.Failed(new AccountErrors().ConcurrencyFailure());
        user.ConcurrencyStamp = stamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AccountUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM users WHERE id = @id");
        command.Parameters.AddWithValue("id", user.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<AccountUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        long.TryParse(userId, System.Globalization.CultureInfo.InvariantCulture, out var id) ? FindOne("id = @k", id, cancellationToken) : Task.FromResult<AccountUser?>(null);

    public Task<AccountUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindOne("normalized_name = @k", normalizedUserName, cancellationToken);

    /// <summary>Every account, by name (the admin page's list).</summary>
    public Task<List<AccountUser>> AllAsync(CancellationToken cancellationToken) =>
        Query("TRUE ORDER BY name COLLATE \"C\"", null, cancellationToken);

    private async Task<AccountUser?> FindOne(string where, object key, CancellationToken cancellationToken) =>
        (await Query(where, key, cancellationToken)).FirstOrDefault();

    private async Task<List<AccountUser>> Query(string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM users WHERE {where}");
        if (key is not null) command.Parameters.AddWithValue("k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<AccountUser>();
        while (await reader.ReadAsync(cancellationToken)) users.Add(Read(reader));
        return users;
    }

    private static AccountUser Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Name = reader.GetString(1),
        NormalizedName = reader.GetString(2),
        PasswordHash = reader.GetString(3),
        SecurityStamp = reader.GetString(4),
        ConcurrencyStamp = reader.GetString(5),
        Role = reader.GetString(6),
        Province = reader.IsDBNull(7) ? null : reader.GetString(7),
        Communes = reader.GetFieldValue<string[]>(8),
        LockoutEnd = reader.IsDBNull(9) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(9)),
        AccessFailedCount = reader.GetInt32(10),
        LockoutEnabled = reader.GetBoolean(11),
    };

    private static void Bind(NpgsqlCommand command, AccountUser user, string concurrencyStamp)
    {
        command.Parameters.AddWithValue("name", user.Name);
        command.Parameters.AddWithValue("normalized", user.NormalizedName);
        command.Parameters.AddWithValue("hash", user.PasswordHash ?? "");
        command.Parameters.AddWithValue("stamp", user.SecurityStamp);
        command.Parameters.AddWithValue("concurrency", concurrencyStamp);
        command.Parameters.AddWithValue("role", user.Role);
        command.Parameters.AddWithValue("province", (object?)user.Province ?? DBNull.Value);
        command.Parameters.AddWithValue("communes", user.Communes.ToArray());
        command.Parameters.AddWithValue("lockout", user.LockoutEnabled);
    }

    public void Dispose()
    {
        // The data source belongs to the application, not to the store.
    }
}
