using Analytics.Server.Accounts;
using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>The lockout as ASP.NET Core Identity runs it over <see cref="AccountUserStore"/> on a real PostgreSQL:
/// the fifth wrong password locks the account, a lapsed lockout starts a new count, an admin's unlock ends it.</summary>
public sealed class AccountLockoutTests : IDisposable
{
    private const string Password = "mật-khẩu-đúng-2025";
    private readonly TestDatabase _database = new();
    private readonly TestAccounts _accounts;

    public AccountLockoutTests()
    {
        _accounts = new TestAccounts(_database);
        Assert.True(_accounts.Admin.Create(new Account("lan", Roles.Analyst, "Lào Cai", []), Password).Result.Succeeded);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        for (var i = 1; i < AccountPolicy.MaxFailures; i++)
        {
            var wrong = await _accounts.Check("lan", "sai-mật-khẩu");
            Assert.False(wrong.Succeeded || wrong.IsLockedOut);
        }
        Assert.True((await _accounts.Check("lan", "sai-mật-khẩu")).IsLockedOut);

        Assert.True((await _accounts.Check("lan", Password)).IsLockedOut);
    }

    /// <summary>Regression: after a lockout ran out, the count still stood at five, so one more wrong password
    /// locked the account for another fifteen minutes.</summary>
    [Fact]
    public async Task A_wrong_password_after_the_lockout_ran_out_does_not_lock_again_at_once()
    {
        for (var i = 0; i < AccountPolicy.MaxFailures; i++) await _accounts.Check("lan", "sai-mật-khẩu");
        _database.Scalar("UPDATE users SET lockout_end = now() - interval '1 minute' WHERE name = 'lan' RETURNING 1");

        Assert.False((await _accounts.Check("lan", "sai-lần-nữa")).IsLockedOut);
        Assert.True((await _accounts.Check("lan", Password)).Succeeded);
        Assert.Equal(0, _database.Scalar("SELECT access_failed_count FROM users WHERE name = 'lan'"));
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_out_account_and_the_right_password_works_again()
    {
        for (var i = 0; i < AccountPolicy.MaxFailures; i++) await _accounts.Check("lan", "sai-mật-khẩu");
        Assert.True((await _accounts.Check("lan", Password)).IsLockedOut);

        Assert.True((await _accounts.Admin.Unlock("lan"))!.Succeeded);

        Assert.True((await _accounts.Check("lan", Password)).Succeeded);
        Assert.Equal(0, _database.Scalar("SELECT count(*) FROM users WHERE name = 'lan' AND (lockout_end IS NOT NULL OR access_failed_count > 0)"));
    }

    [Fact]
    public async Task Wrong_passwords_tried_at_once_are_each_counted()
    {
        // Each guess as its own request would make it: its own UserManager, the account read at the same time.
        await Task.WhenAll(Enumerable.Range(0, AccountPolicy.MaxFailures - 1).Select(async i =>
        {
            using var request = new TestAccounts(_database);
            return await request.Check("lan", "sai-" + i);
        }));

        Assert.Equal(AccountPolicy.MaxFailures - 1, _database.Scalar("SELECT access_failed_count FROM users WHERE name = 'lan'"));
    }

    public void Dispose()
    {
        _accounts.Dispose();
        _database.Dispose();
    }
}
