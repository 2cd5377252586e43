namespace Analytics.Ingest.Store;

/// <summary>Where the product keeps its state: --data DIR, else $PLANS_DATA, else ./plans-data.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "PLANS_DATA";
    public const string DefaultFolder = "plans-data";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        return Path.GetFullPath(DefaultFolder);
    }
}
