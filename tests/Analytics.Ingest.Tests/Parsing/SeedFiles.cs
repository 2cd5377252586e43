namespace Analytics.Ingest.Tests.Parsing;

/// <summary>The real plans users sent (shared/seeds beside the repository). They are not part of the
/// repository, so tests on them skip where the folder is absent (a fresh CI clone).</summary>
internal static class SeedFiles
{
    public static string? Directory { get; } = Find();

    public static string Path(string prefix) =>
        System.IO.Directory.GetFiles(Directory!, prefix + "_*.txt").Single();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that runs only where the seed plans are available.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedFiles.Directory is null) Skip = "shared/seeds not found next to the repository";
    }
}
