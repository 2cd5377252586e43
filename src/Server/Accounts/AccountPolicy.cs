namespace Analytics.Server.Accounts;

/// <summary>The account rules ASP.NET Core Identity applies (<see cref="AccountServices"/>) and the pages quote:
/// <see cref="MaxFailures"/> wrong passwords in a row lock an account for <see cref="LockoutMinutes"/> minutes;
/// a password has at least <see cref="MinPasswordLength"/> characters (length, not character classes: a
/// Vietnamese phrase is a good password).</summary>
public static class AccountPolicy
{
    public const int MaxFailures = 5;
    public const int LockoutMinutes = 15;
    public const int MinPasswordLength = 10;

    /// <summary>How long an admin's lock lasts: until an admin unlocks the account.</summary>
    public static DateTimeOffset LockedByAdminUntil => DateTimeOffset.UtcNow.AddYears(100);
}
