using Microsoft.AspNetCore.Identity;

namespace Analytics.Server.Accounts;

/// <summary>Refuses an account whose role is not one of <see cref="Roles.All"/>; UserManager runs it, with
/// Identity's own name checks, before every create and update.</summary>
public sealed class AccountValidator : IUserValidator<AccountUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AccountUser> manager, AccountUser user) =>
        Task.FromResult(Roles.All.Contains(user.Role) ? IdentityResult.Success : IdentityResult.Failed(AccountErrors.UnknownRole(user.Role)));
}
