using Microsoft.AspNetCore.Identity;

namespace Analytics.Server.Accounts;

/// <summary>The fields UserManager reads and sets in memory (names, password hash, security stamp, the one
/// role); <see cref="AccountUserStore.UpdateAsync"/> writes them.</summary>
public sealed partial class AccountUserStore
{
    public Task<string> GetUserIdAsync(AccountUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task<string?> GetUserNameAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Name);

    public Task SetUserNameAsync(AccountUser user, string? userName, CancellationToken cancellationToken) => Set(() => user.Name = userName ?? "");

    public Task<string?> GetNormalizedUserNameAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedName);

    public Task SetNormalizedUserNameAsync(AccountUser user, string? normalizedName, CancellationToken cancellationToken) => Set(() => user.NormalizedName = normalizedName ?? "");

    public Task SetPasswordHashAsync(AccountUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(!string.IsNullOrEmpty(user.PasswordHash));

    public Task SetSecurityStampAsync(AccountUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    /// <summary>An account has one role: adding one replaces the one it had. UserManager passes the name
    /// normalized (upper case); an unknown role is kept as given and refused by <see cref="AccountValidator"/>.</summary>
    public Task AddToRoleAsync(AccountUser user, string roleName, CancellationToken cancellationToken) => Set(() => user.Role = Roles.Named(roleName));

    /// <summary>Removing an account's role leaves it the least one (viewer): the table needs one.</summary>
    public Task RemoveFromRoleAsync(AccountUser user, string roleName, CancellationToken cancellationToken) =>
        Set(() => user.Role = Roles.Named(roleName) == user.Role ? Roles.Viewer : user.Role);

    public Task<IList<string>> GetRolesAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([user.Role]);

    public Task<bool> IsInRoleAsync(AccountUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.Named(roleName) == user.Role);

    public async Task<IList<AccountUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        await Query("role = @k ORDER BY name COLLATE \"C\"", Roles.Named(roleName), cancellationToken);

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
