using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Finds the school's district (quận, huyện, thị xã, thành phố thuộc tỉnh) from the administrative
/// phrases of the plan ("Phòng GD&amp;ĐT huyện Điện Biên", "thành phố Mỹ Tho", "UBND QUẬN 12"). Numbered
/// urban districts keep their word ("Quận 12"). Names that are provinces are not districts.</summary>
internal static partial class PlaceReader
{
    /// <param name="place">The place of the date line ("Dĩ An, ngày …"), used when no phrase names the district.</param>
    public static string? District(IEnumerable<string> texts, Func<string, bool> isProvince, string? place = null)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = 0;
        var folds = new List<string>();
        foreach (var text in texts)
        {
            var folded = Folded.Aligned(text);
            folds.Add(folded);
            foreach (Match m in Prefix().Matches(folded))
            {
                var word = m.Groups["w"].Value;
                var name = NameAfter(text, m.Index + m.Length, word);
                // "huyện Điện Biên" is a district even though Điện Biên is also a province; "thành phố Hải Phòng" is not.
                var cityWord = word.StartsWith("thanh", StringComparison.Ordinal) || word.StartsWith("tp", StringComparison.Ordinal);
                if (name is null || (cityWord && isProvince(name))) continue;
                var key = Folded.Of(name);
                counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.First) : (1, order++);
                surface.TryAdd(key, name);
            }
        }
        if (counts.Count == 0) return PlaceAsDistrict(place, isProvince, folds);
        var best = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key;
        return surface[best];
    }

    private static string? PlaceAsDistrict(string? place, Func<string, bool> isProvince, List<string> texts)
    {
        if (string.IsNullOrWhiteSpace(place)) return null;
        var folded = Folded.Of(place);
        // "Mậu Duệ, ngày …" of a school in "xã Mậu Duệ": the place is a commune, not a district.
        var commune = new Regex(@"(?<!thi )\b(?:xa|phuong|thi tran)\s+" + Regex.Escape(folded) + @"\b");
        if (texts.Any(t => commune.IsMatch(t))) return null;
        // Wards and communes are below district level; a province is above it.
        if (Ward().IsMatch(folded) || isProvince(place) || place.Any(char.IsDigit) || place.Split(' ').Length > 4) return null;
        return place.Where(char.IsLetter).All(char.IsUpper) ? null : place;
    }

    [GeneratedRegex(@"^(?:phuong|xa|thi tran|p\.|x\.|tt\.?)\b")]
    private static partial Regex Ward();

    private static string? NameAfter(string text, int at, string word)
    {
        var m = ProperName().Match(text[at..]);
        if (!m.Success) return null;
        var name = m.Groups[1].Value.Trim();
        if (name.All(char.IsDigit))
            return Folded.Of(word).StartsWith("qu", StringComparison.Ordinal) ? $"Quận {name}" : null;
        if (name.Where(char.IsLetter).All(char.IsUpper) && name.Length > 3)
            name = string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
        return name;
    }

    [GeneratedRegex(@"(?<![a-z])(?<w>huyen|qu[a-z]n|thi xa|thanh pho|tp\.?)\s+(?=\S)")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^\s*((?:\p{Lu}[\p{L}]*|\d{1,2})(?:[^\S\t\n]+(?:\p{Lu}[\p{L}]*))*)")]
    private static partial Regex ProperName();
}
