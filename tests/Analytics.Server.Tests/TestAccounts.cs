using Analytics.Server.Accounts;
using Analytics.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Server.Tests;

/// <summary>Accounts made and checked the way the workspace does it: ASP.NET Core Identity over the test database
/// (UserManager for accounts, SignInManager's password check with the lockout), without a web server.</summary>
internal sealed class TestAccounts : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public TestAccounts(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddAccounts(database.Source).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public AccountAdmin Admin => _scope.ServiceProvider.GetRequiredService<AccountAdmin>();

    public UserManager<AccountUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();

    /// <summary>The sign-in page's check of a password, lockout counted, without issuing a cookie.</summary>
    public async Task<SignInResult> Check(string name, string password) =>
        await Users.FindByNameAsync(name) is { } user
            ? await _scope.ServiceProvider.GetRequiredService<SignInManager<AccountUser>>().CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)
            : SignInResult.Failed;

    /// <summary>Creates an account as the admin page does; fails the test when Identity refuses it.</summary>
    public static void Create(TestDatabase database, Account account, string password)
    {
        using var accounts = new TestAccounts(database);
        var result = accounts.Admin.Create(account, password).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, AccountAdmin.Message(result));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }
}
