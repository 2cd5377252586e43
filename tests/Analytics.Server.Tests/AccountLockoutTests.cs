using Analytics.Server.Accounts;
using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>The lockout of <see cref="AccountStore"/> on a real PostgreSQL: counted per account under the row's
/// lock, and started afresh once a lockout has run out.</summary>
public sealed class AccountLockoutTests : IDisposable
{
    private const string Password = "mật-khẩu-đúng-2025";
    private readonly TestDatabase _database = new();
    private readonly AccountStore _accounts;

    public AccountLockoutTests()
    {
        _accounts = new AccountStore(_database.Source);
        _accounts.Create(new Account("lan", Roles.Analyst, "Lào Cai", []), Password);
    }

    [Fact]
    public void Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        for (var i = 0; i < AccountStore.MaxFailures; i++) Assert.Equal(AccountStore.SignIn.WrongPassword, _accounts.Check("lan", "sai-mật-khẩu"));

        Assert.Equal(AccountStore.SignIn.LockedOut, _accounts.Check("lan", Password));
    }

    /// <summary>Regression: after a lockout ran out, the count still stood at five, so one more wrong password
    /// locked the account for another fifteen minutes.</summary>
    [Fact]
    public void A_wrong_password_after_the_lockout_ran_out_does_not_lock_again_at_once()
    {
        for (var i = 0; i < AccountStore.MaxFailures; i++) _accounts.Check("lan", "sai-mật-khẩu");
        _database.Scalar("UPDATE users SET locked_until = now() - interval '1 minute' WHERE name = 'lan' RETURNING 1");

        Assert.Equal(AccountStore.SignIn.WrongPassword, _accounts.Check("lan", "sai-lần-nữa"));
        Assert.Equal(AccountStore.SignIn.Success, _accounts.Check("lan", Password));
        Assert.Equal(0, _database.Scalar("SELECT failed_logins FROM users WHERE name = 'lan'"));
    }

    public void Dispose() => _database.Dispose();
}
