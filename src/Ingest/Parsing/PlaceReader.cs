using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Finds the school's district (quận, huyện, thị xã, thành phố thuộc tỉnh) from the administrative
/// phrases of the plan ("Phòng GD&amp;ĐT huyện Điện Biên", "thành phố Mỹ Tho", "UBND QUẬN 12"). Numbered
/// urban districts keep their word ("Quận 12"). Names that are provinces are not districts. Also the commune
/// or ward the same way ("UBND XÃ TÂN LỢI", "phường Phú Lợi").</summary>
internal static partial class PlaceReader
{
    /// <param name="place">The place of the date line ("Dĩ An, ngày …"), used when no phrase names the district.</param>
    public static string? District(IEnumerable<string> texts, Func<string, bool> isProvince, string? place = null)
    {
        var folds = new List<string>();
        var named = MostNamed(texts, DistrictPrefix(), folds, (word, name) =>
        {
            // "huyện Điện Biên" is a district even though Điện Biên is also a province; "thành phố Hải Phòng" is not.
            var cityWord = word.StartsWith("thanh", StringComparison.Ordinal) || word.StartsWith("tp", StringComparison.Ordinal);
            return !(cityWord && isProvince(name));
        });
        return named ?? PlaceAsDistrict(place, isProvince, folds);
    }

    /// <summary>The school's commune-level unit (xã, phường, thị trấn: since the 2025 reform the only unit
    /// under the province) most often named ("UBND XÃ TÂN LỢI", "xã Mậu Duệ, tỉnh Tuyên Quang"); "Cộng hòa
    /// xã hội chủ nghĩa" is not a commune.</summary>
    public static string? Commune(IEnumerable<string> texts) =>
        MostNamed(texts, CommunePrefix(), [], (_, name) => Folded.Of(name).Split(' ')[0] != "hoi");

    /// <summary>The name most often written after a unit word (the first named on a tie), as first written.</summary>
    private static string? MostNamed(IEnumerable<string> texts, Regex prefix, List<string> folds, Func<string, string, bool> accept)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var text in texts)
        {
            var folded = Folded.Aligned(text);
            folds.Add(folded);
            foreach (Match m in prefix.Matches(folded))
            {
                var word = m.Groups["w"].Value;
                var name = NameAfter(text, m.Index + m.Length, word);
                if (name is null || !accept(word, name)) continue;
                var key = Folded.Of(name);
                counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.First) : (1, order++);
                surface.TryAdd(key, name);
            }
        }
        if (counts.Count == 0) return null;
        return surface[counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key];
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
            return Folded.Of(word) switch
            {
                var w when w.StartsWith("qu", StringComparison.Ordinal) => $"Quận {name}",
                "phuong" => $"Phường {name}",
                _ => null,
            };
        // A letterhead run together ("UBND XÃ TÂN LỢI TRƯỜNG MẦM NON …"): the unit ends where the school begins.
        var school = Folded.Aligned(name).IndexOf(" truong ", StringComparison.Ordinal);
        if (school > 0) name = name[..school];
        if (name.Where(char.IsLetter).All(char.IsUpper) && name.Length > 3)
            name = string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
        return name;
    }

    [GeneratedRegex(@"(?<![a-z])(?<w>huyen|qu[a-z]n|thi xa|thanh pho|tp\.?)\s+(?=\S)")]
    private static partial Regex DistrictPrefix();

    // "thị xã" is a district-level town, not a commune.
    [GeneratedRegex(@"(?<![a-z])(?<!thi )(?<w>xa|phuong|thi tran)\s+(?=\S)")]
    private static partial Regex CommunePrefix();

    [GeneratedRegex(@"^\s*((?:\p{Lu}[\p{L}]*|\d{1,2})(?:[^\S\t\n]+(?:\p{Lu}[\p{L}]*))*)")]
    private static partial Regex ProperName();
}
