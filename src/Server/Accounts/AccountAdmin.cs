using Microsoft.AspNetCore.Identity;

namespace Analytics.Server.Accounts;

/// <summary>What an admin does to accounts (the /quan-tri page, `plans user`), through Identity's UserManager:
/// it hashes the password, checks the rules, writes the row and renews the security stamp. A change of role or
/// units, or a lock, renews the stamp, which ends the account's signed-in sessions at their next request.
/// Each change answers null when there is no such account.</summary>
public sealed class AccountAdmin(UserManager<AccountUser> users, AccountUserStore store)
{
    public Task<IdentityResult> Create(Account account, string password) => users.CreateAsync(AccountUser.From(account), password);

    public Task<IdentityResult?> SetRole(string name, string role) =>
        Change(name, user => { user.Role = role; return users.UpdateSecurityStampAsync(user); });

    public Task<IdentityResult?> SetUnits(string name, string? province, IReadOnlyList<string> communes) =>
        Change(name, user => { (user.Province, user.Communes) = (province, communes); return users.UpdateSecurityStampAsync(user); });

    /// <summary>Locks an account until an admin unlocks it, and signs it out everywhere.</summary>
    public Task<IdentityResult?> Lock(string name) => Change(name, async user =>
    {
        var locked = await users.SetLockoutEndDateAsync(user, AccountPolicy.LockedByAdminUntil);
        return locked.Succeeded ? await users.UpdateSecurityStampAsync(user) : locked;
    });

    /// <summary>Ends a lockout (the admin's or the wrong passwords') and clears the count of wrong passwords.</summary>
    public Task<IdentityResult?> Unlock(string name) => Change(name, async user =>
    {
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
    });

    /// <summary>Every account by name, and whether it is locked out now.</summary>
    public async Task<IReadOnlyList<(Account Account, bool Locked)>> All() =>
        (await store.AllAsync(CancellationToken.None)).Select(u => (u.Account, u.LockoutEnd > DateTimeOffset.UtcNow)).ToList();

    private async Task<IdentityResult?> Change(string name, Func<AccountUser, Task<IdentityResult>> change) =>
        await users.FindByNameAsync(name) is { } user ? await change(user) : null;

    /// <summary>Identity's messages of a failed change, one line.</summary>
    public static string Message(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
