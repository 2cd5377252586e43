using Analytics.Ingest.Records;
using Analytics.Search.Analysis;

namespace Analytics.Search.Querying;

/// <summary>The category code a `gap:` value names: a code (`thu-vien`), a category's name with or without
/// accents (`"thư viện"`, `"ve sinh, nuoc sach"`), or the first words of one name only (`"sân chơi"`).
/// A value naming no category is a query error listing the categories, not an empty result.</summary>
public static class GapValue
{
    private static readonly (string Code, string NameKey)[] Categories =
        [.. GapCategoryNames.Codes.Select(c => (c, KeyNormalizer.Key(GapCategoryNames.Name(c))))];

    /// <summary>The code of the category the value names, or null when it names none (or several).</summary>
    public static string? TryCode(string value)
    {
        var key = KeyNormalizer.Key(value);
        if (GapCategoryNames.IsKnown(key)) return key;
        var named = Categories.Where(c => c.NameKey == key).Select(c => c.Code).FirstOrDefault();
        if (named is not null) return named;
        var started = Categories.Where(c => key.Length > 0 && c.NameKey.StartsWith(key + "-", StringComparison.Ordinal)).ToList();
        return started.Count == 1 ? started[0].Code : null;
    }

    internal static string Code(string value) => TryCode(value) ?? throw new LuceneQueryBuilder.InvalidQueryValueException(
            $"gap '{value}' names no facility category; write a code or a name in quotes, e.g. gap:thu-vien or gap:\"thư viện\" " +
            $"({string.Join(", ", GapCategoryNames.Codes)})");
}
