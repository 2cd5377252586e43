namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Finds an executable by full path or on PATH, so a missing program is reported by name before
/// anything is written to disk.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar)) return File.Exists(executable) ? executable : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
    }
}
