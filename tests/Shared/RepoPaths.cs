namespace Analytics.Testing;

/// <summary>Locates the repository from a test's output folder by walking up to the directory that holds
/// <c>Analytics.sln</c>. Shared by test projects as a linked source file
/// (<c>&lt;Compile Include="../Shared/RepoPaths.cs" Link="Shared/RepoPaths.cs" /&gt;</c>).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The repository root (the folder holding Analytics.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>The bundled sample plans with their expected records.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>A path inside the repository: <c>RepoPaths.Combine("corpus", "a.txt")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Walks up from <paramref name="start"/>; throws when no ancestor holds Analytics.sln,
    /// since every test using it would otherwise fail with a confusing file-not-found.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Analytics.sln found in {start} or any folder above it.");
    }
}
