using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Analytics.Server.Accounts;

/// <summary>ASP.NET Core Identity over the users table, as the web workspace and `plans user` both use it:
/// UserManager with <see cref="AccountUserStore"/>, Identity's password hasher, the lockout and password rules of
/// <see cref="AccountPolicy"/>, Vietnamese messages and the account's claims.</summary>
public static class AccountServices
{
    public static IdentityBuilder AddAccounts(this IServiceCollection services, NpgsqlDataSource database)
    {
        services.AddScoped(_ => new AccountUserStore(database));
        services.AddScoped<IUserStore<AccountUser>>(provider => provider.GetRequiredService<AccountUserStore>());
        services.AddScoped<AccountAdmin>();
        return services.AddIdentityCore<AccountUser>(identity =>
            {
                identity.Password = new PasswordOptions
                {
                    RequiredLength = AccountPolicy.MinPasswordLength, RequiredUniqueChars = 1,
                    RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false,
                };
                identity.Lockout.MaxFailedAccessAttempts = AccountPolicy.MaxFailures;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(AccountPolicy.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
                // Any character: login names may be Vietnamese ("xã-mậu-duệ"); Identity still refuses a blank one.
                identity.User.AllowedUserNameCharacters = "";
            })
            .AddErrorDescriber<AccountErrors>()
            .AddUserValidator<AccountValidator>()
            .AddClaimsPrincipalFactory<AccountClaims>();
    }

    /// <summary>Identity without the web: for `plans user` and tests.</summary>
    public static ServiceProvider Standalone(NpgsqlDataSource database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAccounts(database);
        return services.BuildServiceProvider();
    }
}
