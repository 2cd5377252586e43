namespace Analytics.Server.Accounts;

/// <summary>The lockout part of the store. Unlike the other fields, the count of wrong passwords and the end of
/// a lockout are written at once, by one statement each, and never by UpdateAsync: two guesses read at the same
/// time each add one to the row (not both 3 → 4), and no later update of the account can write back a count
/// or a lockout end it read before.</summary>
public sealed partial class AccountUserStore
{
    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public async Task SetLockoutEndDateAsync(AccountUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE users SET lockout_end = @end WHERE id = @id");
        command.Parameters.AddWithValue("id", user.Id);
        command.Parameters.AddWithValue("end", lockoutEnd is { } end ? end.UtcDateTime : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        user.LockoutEnd = lockoutEnd;
    }

    public async Task<int> IncrementAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE users SET access_failed_count = access_failed_count + 1 WHERE id = @id RETURNING access_failed_count");
        command.Parameters.AddWithValue("id", user.Id);
        user.AccessFailedCount = await command.ExecuteScalarAsync(cancellationToken) is int count ? count : user.AccessFailedCount + 1;
        return user.AccessFailedCount;
    }

    public async Task ResetAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE users SET access_failed_count = 0 WHERE id = @id");
        command.Parameters.AddWithValue("id", user.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        user.AccessFailedCount = 0;
    }

    public Task<int> GetAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(AccountUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);
}
