using Analytics.Ingest.Records;

namespace Analytics.Analysis.Classification;

/// <summary>The eleven facility-gap categories of the record contract, in contract order, with their
/// Vietnamese names (kept in <see cref="GapCategoryNames"/>, shared with search and the workspace).</summary>
public static class GapCategories
{
    public static IReadOnlyList<string> All => GapCategoryNames.Codes;

    public static bool IsKnown(string code) => GapCategoryNames.IsKnown(code);

    /// <summary>The Vietnamese name of a category code, or the code itself when unknown.</summary>
    public static string DisplayName(string code) => GapCategoryNames.Name(code);

    public static int IndexOf(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == code) return i;
        }
        return -1;
    }
}
