using System.Text.RegularExpressions;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Decides which image files are the pages of one plan, from their names: "x-p1.jpg", "x_p2.jpg",
/// "x page 3.png", "x-trang-4.jpg" share the stem "x" and are pages 1–4 of one plan; so are the numbered
/// images of a folder that holds nothing but one numbered series ("IMG_0012.jpg", "IMG_0013.jpg").
/// Every other file stays on its own. Paths in a group come in page order.</summary>
public static partial class PageImageSets
{

    public static IReadOnlyList<IReadOnlyList<string>> Group(IEnumerable<string> paths)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var folder in paths.GroupBy(p => Path.GetDirectoryName(Path.GetFullPath(p)) ?? ""))
        {
            var files = folder.ToList();
            var images = files.Where(IsImage).ToList();
            var marked = images
                .Select(p => (Path: p, Match: PageMarker().Match(Path.GetFileNameWithoutExtension(p))))
                .Where(x => x.Match.Success)
                .GroupBy(x => x.Match.Groups["stem"].Value.ToLowerInvariant())
                .Where(g => g.Count() > 1)
                .ToList();
            var grouped = new HashSet<string>();
            foreach (var set in marked)
            {
                groups.Add(set.OrderBy(x => int.Parse(x.Match.Groups["page"].Value)).Select(x => x.Path).ToList());
                grouped.UnionWith(set.Select(x => x.Path));
            }

            var rest = files.Where(p => !grouped.Contains(p)).ToList();
            if (rest.Count > 1 && rest.All(IsImage) && OneNumberedSeries(rest) is { } series)
            {
                groups.Add(series);
                continue;
            }
            groups.AddRange(rest.Select(p => (IReadOnlyList<string>)[p]));
        }
        return groups;
    }

    /// <summary>One input for the pipeline from a group: the file itself when it stands alone, else its pages
    /// packed into one <see cref="PageSetFile"/> named after the first page, so the plan is read as one
    /// document. <paramref name="nameOf"/> gives the name each file is known by (e.g. relative to the ingest root).</summary>
    public static SourceFile Load(IReadOnlyList<string> group, Func<string, string> nameOf)
    {
        if (group.Count == 1) return SourceFile.FromPath(group[0], nameOf(group[0]));
        return PageSetFile.Pack(nameOf(group[0]), group.Select(p => SourceFile.FromPath(p, nameOf(p))).ToList());
    }

    /// <summary>A display name for a group: the stem with the page range, e.g. "x-p1..3.jpg".</summary>
    public static string NameOf(IReadOnlyList<string> group) =>
        group.Count == 1 ? group[0] : $"{group[0]} (+{group.Count - 1} pages)";

    private static List<string>? OneNumberedSeries(List<string> files)
    {
        var numbered = files.Select(p => (Path: p, Match: TrailingNumber().Match(Path.GetFileNameWithoutExtension(p)))).ToList();
        if (numbered.Any(x => !x.Match.Success)) return null;
        if (numbered.Select(x => x.Match.Groups["stem"].Value.ToLowerInvariant()).Distinct().Count() != 1) return null;
        return numbered.OrderBy(x => long.Parse(x.Match.Groups["n"].Value)).Select(x => x.Path).ToList();
    }

    private static bool IsImage(string path) => DocumentFormats.ImageExtensions.Contains(Path.GetExtension(path));

    [GeneratedRegex(@"^(?<stem>.+?)[\s_.-]*(?:p|page|trang|tr)[\s_.-]*(?<page>\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^(?<stem>.*?)(?<n>\d{1,9})$")]
    private static partial Regex TrailingNumber();
}
