using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Analytics.Server.Accounts;

/// <summary>The signed-in account as claims: Identity's (id, name, security stamp) with the role and the units
/// the scope is built from, written into the cookie at sign-in. They cannot go stale: whatever changes the role or
/// the units renews the security stamp, which the workspace checks at every request, ending the session.</summary>
public sealed class AccountClaims(UserManager<AccountUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AccountUser>(users, options)
{
    public const string Province = "plans:province";
    public const string Commune = "plans:commune";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AccountUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role));
        if (user.Province is not null) identity.AddClaim(new Claim(Province, user.Province));
        identity.AddClaims(user.Communes.Select(c => new Claim(Commune, c)));
        return identity;
    }

    /// <summary>The account of a signed-in principal; null when anonymous.</summary>
    public static Account? Of(ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, Name: { } name } && principal.FindFirst(ClaimTypes.Role)?.Value is { } role
            ? new Account(name, role, principal.FindFirst(Province)?.Value, principal.FindAll(Commune).Select(c => c.Value).ToList())
            : null;
}
