using Analytics.Ingest.Readers.Images;

namespace Analytics.Ingest.Pipeline;

/// <summary>Turns the page images of one plan among the files to ingest ("kh-p1.jpg", "kh-p2.jpg"…, or a folder
/// holding one numbered series "IMG_0012.jpg"…) into one input, so the plan is read once with all its pages
/// instead of page 2 onward being refused as "not a plan". Grouping is <see cref="PageImageSets.Group"/>'s;
/// a group takes the place and the source name of its first page.</summary>
public static class InputPageSets
{
    public static IReadOnlyList<InputFile> Group(IReadOnlyList<InputFile> files)
    {
        var byPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in files) byPath.TryAdd(file.Path, file);
        var firstOf = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var inLaterPage = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in PageImageSets.Group(files.Select(f => f.Path)))
        {
            if (group.Count < 2) continue;
            var pages = group.Select(p => byPath[p]).ToList();
            firstOf[group[0]] = pages[0] with { Pages = pages };
            inLaterPage.UnionWith(group.Skip(1));
        }
        return files.Where(f => !inLaterPage.Contains(f.Path)).Select(f => firstOf.GetValueOrDefault(f.Path, f)).ToList();
    }
}
