namespace Analytics.Server.Accounts;

/// <summary>The roles of the shared workspace: admin (accounts, everything), analyst (everything in their
/// province), uploader (a commune office: uploads, and sees only its own units' plans), viewer (reads its units).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Uploader = "uploader";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, Uploader, Viewer];

    /// <summary>A role by the name ASP.NET Core Identity passes (normalized: upper case); an unknown name as given.</summary>
    public static string Named(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)) ?? name;

    public static bool MayUpload(string role) => role is Admin or Analyst or Uploader;

    /// <summary>Correcting a plan's fields: whoever may upload, within the plans they see.</summary>
    public static bool MayCorrect(string role) => MayUpload(role);

    /// <summary>Deleting a stored plan: an analyst or admin, within the plans they see.</summary>
    public static bool MayDelete(string role) => role is Admin or Analyst;
}
