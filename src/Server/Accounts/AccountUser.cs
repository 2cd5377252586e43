namespace Analytics.Server.Accounts;

/// <summary>An account as ASP.NET Core Identity handles it: one row of the users table, changed in memory by
/// UserManager through <see cref="AccountUserStore"/> and written back by its UpdateAsync. One role per account.</summary>
public sealed class AccountUser
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString();
    public string Role { get; set; } = Roles.Viewer;
    public string? Province { get; set; }
    public IReadOnlyList<string> Communes { get; set; } = [];
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; } = true;

    /// <summary>The account's scope (name, role, units).</summary>
    public Account Account => new(Name, Role, Province, Communes);

    public static AccountUser From(Account account) =>
        new() { Name = account.Name, Role = account.Role, Province = account.Province, Communes = account.Communes };
}
