using Analytics.Ingest.Readers.Images;

namespace Analytics.Cli.Web;

/// <summary>Which accepted files of one upload are the pages of one plan (photos "kh-p1.jpg", "kh-p2.jpg"…, or a
/// dropped folder holding one numbered series), by <see cref="PageImageSets.Group"/> over their cleaned names.
/// Answers with indexes into the upload, pages in order; every other accepted file is a set of its own.</summary>
internal static class UploadPageSets
{
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<UploadedFile> files)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<IReadOnlyList<int>>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Content is null) continue;
            // A name sent twice is read twice, on its own each time, as before grouping existed.
            if (!indexOf.TryAdd(files[i].Source, i)) sets.Add([i]);
        }
        foreach (var group in PageImageSets.Group(indexOf.Keys))
            sets.Add(group.Select(name => indexOf[name]).ToList());
        return sets.OrderBy(set => set[0]).ToList();
    }
}
