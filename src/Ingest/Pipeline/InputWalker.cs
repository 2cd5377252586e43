namespace Analytics.Ingest.Pipeline;

/// <summary>One file found for ingest: where it is and the source name it is stored under.</summary>
/// <param name="Source">The identity of the source in the store: a file or folder given inside the current
/// folder is known by its path from there ("a/plan.txt", "corpus/2024/a.docx"), so two files of the same
/// name in different folders stay two sources; one given from elsewhere by its name (a file) or its name and
/// the path inside it (a folder's files). Should two files of one batch still come to the same name, the
/// later is known by its full path: no file of a batch ever replaces another. Always '/' separators.</param>
/// <param name="Pages">For the photographed or scanned pages of one plan (<see cref="InputPageSets"/>): every
/// page in order, the first being this file itself; null for an ordinary file.</param>
public sealed record InputFile(string Path, string Source, IReadOnlyList<InputFile>? Pages = null);

/// <summary>Expands the paths given to `plans ingest` into files: folders recursively, in a stable
/// order, skipping hidden files and folders, Office lock files (~$…), build output folders (bin, obj,
/// node_modules) and the product's own data folder. Inside folders only files whose name looks like a
/// document are taken (see <see cref="DocumentExtensions"/>; no extension counts too), so golden JSON,
/// notes and source code beside the plans are not reported as failed plans. A file named on the command
/// line is always taken; its format is decided from its bytes, whatever its name.</summary>
public static class InputWalker
{
    /// <summary>The endings of the files taken inside folders, from the one catalogue of formats.</summary>
    public static IReadOnlySet<string> DocumentExtensions => Readers.DocumentFormats.WalkedExtensions;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Walk(IEnumerable<string> paths, string? excludeDirectory = null)
    {
        var exclude = excludeDirectory is null ? null : Trailing(System.IO.Path.GetFullPath(excludeDirectory));
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(string file, string source) =>
            files.Add(new InputFile(file, names.Add(source) ? source : Slashed(file)));
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (seen.Add(full)) Add(full, NameOf(full));
            }
            else if (Directory.Exists(full))
            {
                var root = full.TrimEnd(System.IO.Path.DirectorySeparatorChar);
                var rootName = root.Length == 0 ? "" : NameOf(root);
                foreach (var file in Enumerate(root.Length == 0 ? full : root, exclude))
                {
                    if (!seen.Add(file)) continue;
                    var relative = Slashed(System.IO.Path.GetRelativePath(root.Length == 0 ? full : root, file));
                    Add(file, rootName is "" or "." ? relative : rootName + "/" + relative);
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }

    /// <summary>The path from the current folder when the file or folder lies inside it, else its name.</summary>
    private static string NameOf(string full)
    {
        var current = Trailing(Environment.CurrentDirectory);
        return full.StartsWith(current, StringComparison.Ordinal)
            ? Slashed(System.IO.Path.GetRelativePath(current, full))
            : System.IO.Path.GetFileName(full);
    }

    private static string Slashed(string path) => path.Replace(System.IO.Path.DirectorySeparatorChar, '/');

    private static IEnumerable<string> Enumerate(string directory, string? exclude)
    {
        if (exclude is not null && Trailing(directory).StartsWith(exclude, StringComparison.Ordinal)) yield break;
        IEnumerable<string> files, folders;
        try
        {
            files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
            folders = Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            yield break; // an unreadable folder holds nothing we can ingest
        }
        foreach (var file in files)
        {
            if (!IsSkipped(file) && DocumentExtensions.Contains(System.IO.Path.GetExtension(file))) yield return file;
        }
        foreach (var folder in folders)
        {
            if (IsSkipped(folder) || SkippedFolders.Contains(System.IO.Path.GetFileName(folder))) continue;
            foreach (var file in Enumerate(folder, exclude)) yield return file;
        }
    }

    private static bool IsSkipped(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)) return true;
        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return true;
        }
    }

    private static string Trailing(string path) => path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? path : path + System.IO.Path.DirectorySeparatorChar;
}
