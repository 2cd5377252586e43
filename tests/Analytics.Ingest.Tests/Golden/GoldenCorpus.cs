using Analytics.Testing;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>The corpus documents and their expected records: every file in <c>corpus/</c> named
/// <c>X.ext</c> with an <c>X.expected.json</c> beside it.</summary>
public static class GoldenCorpus
{
    public const string ExpectedSuffix = ".expected.json";

    /// <summary>Environment variable naming another folder to compare instead of <c>corpus/</c>: documents
    /// measured before they join the corpus (held-out measurement, see corpus/README.md).</summary>
    public const string FolderVariable = "GOLDEN_CORPUS_DIR";

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : RepoPaths.Corpus;

    /// <summary>Document file names (not paths), sorted.</summary>
    public static IReadOnlyList<string> Documents() =>
        Directory.EnumerateFiles(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(ExpectedSuffix, StringComparison.Ordinal) && File.Exists(ExpectedPath(name)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> ExpectedFiles() =>
        Directory.EnumerateFiles(Folder, "*" + ExpectedSuffix).Order(StringComparer.Ordinal).ToList();

    public static string ExpectedPath(string document) =>
        Path.Combine(Folder, Path.GetFileNameWithoutExtension(document) + ExpectedSuffix);

    public static string DocumentPath(string document) => Path.Combine(Folder, document);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var document in Documents()) data.Add(document);
        return data;
    }
}
