using Analytics.Server.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.ServerWeb;

/// <summary>Checks a session's security stamp against the account's at every request (Identity's
/// SignInManager.ValidateSecurityStampAsync: one indexed row) and signs it out when they differ. Every change of
/// role or units, and a lock, renews the stamp (<see cref="AccountAdmin"/>), so the claims of a session that
/// passes are still the account's. Unlike Identity's SecurityStampValidator at a zero interval, it neither
/// rebuilds the principal nor re-issues the cookie on every request.</summary>
internal static class SessionCheck
{
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AccountUser>>();
        if (context.Principal is { } principal && await signIn.ValidateSecurityStampAsync(principal) is not null) return;
        context.RejectPrincipal();
        await signIn.SignOutAsync();
    }
}
