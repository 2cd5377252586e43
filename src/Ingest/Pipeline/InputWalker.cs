namespace Analytics.Ingest.Pipeline;

/// <summary>One file found for ingest: where it is and the source name it is stored under.</summary>
/// <param name="Source">A file given directly is known by its name; a file found in a folder by the
/// folder's name and its path inside it ("corpus/2024/a.docx"), always with '/' separators.</param>
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
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "", ".docx", ".docm", ".doc", ".dotx", ".pdf", ".txt", ".text", ".rtf", ".htm", ".html", ".odt", ".xlsx",
        ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".zip",
    };

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Walk(IEnumerable<string> paths, string? excludeDirectory = null)
    {
        var exclude = excludeDirectory is null ? null : Trailing(System.IO.Path.GetFullPath(excludeDirectory));
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (seen.Add(full)) files.Add(new InputFile(full, System.IO.Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                var root = full.TrimEnd(System.IO.Path.DirectorySeparatorChar);
                var rootName = System.IO.Path.GetFileName(root);
                foreach (var file in Enumerate(root, exclude))
                {
                    if (!seen.Add(file)) continue;
                    var relative = System.IO.Path.GetRelativePath(root, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                    files.Add(new InputFile(file, string.IsNullOrEmpty(rootName) ? relative : rootName + "/" + relative));
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }

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
