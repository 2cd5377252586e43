using System.Text.RegularExpressions;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>A printed-and-degraded copy of a born-digital plan (made by scripts/make-print-twins.sh): its
/// family (scan, fax, photo), the born-digital document's stem and its files (one PDF or TIFF, or the page
/// photos in page order).</summary>
public sealed partial record Twin(string Family, string Document, IReadOnlyList<string> Files)
{
    public string Name => $"{Family}/{Path.GetFileName(Files[0])}";

    /// <summary>The input the product gets: photos of several pages grouped the way <c>plans ingest</c> groups them.</summary>
    public SourceFile Load() => PageImageSets.Load(Files, Path.GetFileName);

    /// <summary>Every twin under <paramref name="folder"/>/FAMILY/, in family then name order.</summary>
    public static IReadOnlyList<Twin> In(string folder)
    {
        var twins = new List<Twin>();
        foreach (var family in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(family).Where(IsTwinFile).Order(StringComparer.Ordinal);
            foreach (var group in PageImageSets.Group(files))
                twins.Add(new Twin(Path.GetFileName(family), StemOf(group[0]), group));
        }
        return twins;
    }

    private static bool IsTwinFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".pdf" or ".tif" or ".tiff" or ".jpg" or ".jpeg" or ".png";

    private static string StemOf(string path) => PageSuffix().Replace(Path.GetFileNameWithoutExtension(path), "");

    [GeneratedRegex(@"-p\d+$")]
    private static partial Regex PageSuffix();
}
