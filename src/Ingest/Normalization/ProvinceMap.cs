using System.Collections.Frozen;
using System.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>Province names before and after the 2025 merger (see <see cref="ProvinceData"/>): canonical
/// names from any spelling, the current province of an old one, and provinces named in running text.</summary>
public static class ProvinceMap
{
    private sealed record Province(string Name, string Current, string[] Variants);
    private sealed record District(string Kind, string Name, string Province)
    {
        // Numbered urban districts are only meaningful with their kind: "Quận 12", not "12".
        public string Display => Name.All(char.IsAsciiDigit) ? "Quận " + Name : Name;
    }

    private static readonly Province[] All = ProvinceData.Provinces
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|'))
        .Select(p => new Province(p[0], p[1], p.Where((_, i) => i != 1).ToArray()))
        .ToArray();

    private static readonly FrozenDictionary<string, Province> ByKey = BuildKeys();

    private static readonly District[] Districts = ProvinceData.Districts
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|'))
        .Select(p => new District(p[0][..p[0].IndexOf(':')], p[0][(p[0].IndexOf(':') + 1)..], p[1]))
        .ToArray();

    private static readonly HashSet<string> AmbiguousDistricts = Districts
        .GroupBy(d => d.Name)
        .Where(g => g.Select(d => d.Province).Distinct().Count() > 1)
        .Select(g => g.Key)
        .ToHashSet();

    // Words that make the name after them a province: "tỉnh X", "thành phố X", "Sở GD&ĐT X", "UBND tỉnh X".
    private static readonly string[] ProvinceLeads =
        ["tinh", "thanh pho", "tp", "tp.", "so giao duc va dao tao", "so gd&dt", "so gd va dt", "so gd-dt", "so gddt", "so gd", "sgddt", "sgd&dt"];

    private static readonly (string Folded, string Kind)[] DistrictLeads =
        [("quan", "quận"), ("huyen", "huyện"), ("thi xa", "thị xã"), ("thanh pho", "thành phố"), ("tp", "thành phố"), ("tp.", "thành phố"), ("tx", "thị xã"), ("tx.", "thị xã")];

    /// <summary>The 63 provincial-level units before the 2025 merger.</summary>
    public static IReadOnlyList<string> Provinces { get; } = All.Select(p => p.Name).ToArray();

    /// <summary>The 34 provincial-level units since 1 July 2025.</summary>
    public static IReadOnlyList<string> CurrentProvinces { get; } = All.Select(p => p.Current).Distinct().ToArray();

    /// <summary>The canonical (pre-2025) name of a province written any way: "TP. Hồ Chí Minh", "Tp HCM",
    /// "tỉnh Tiền Giang", "Ha Noi", "Thanh Hoá"; null when it names no province.</summary>
    public static string? Canonical(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var folded = FoldedText.Fold(Analytics.Ingest.Text.VietnameseFolding.Squash(name)).Trim(' ', '.', ',', ';', ':');
        foreach (var lead in new[] { "thanh pho", "tinh", "tp.", "tp", "t.p.", "t.p" })
        {
            if (folded.StartsWith(lead + " ", StringComparison.Ordinal) || (lead.EndsWith('.') && folded.StartsWith(lead, StringComparison.Ordinal)))
            {
                var rest = folded[lead.Length..].Trim();
                if (ByKey.TryGetValue(Key(rest), out var afterLead)) return afterLead.Name;
            }
        }
        return ByKey.TryGetValue(Key(folded), out var province) ? province.Name : null;
    }

    /// <summary>The province under today's boundaries: "Tiền Giang" → "Đồng Tháp", "Hải Dương" →
    /// "Hải Phòng", "Hà Nội" → "Hà Nội"; null when the name is no province.</summary>
    public static string? Current(string province)
    {
        var canonical = Canonical(province);
        return canonical is null ? null : ByKey[Key(FoldedText.Fold(canonical))].Current;
    }

    /// <summary>The people's committee of a province under today's boundaries, as a letterhead writes it above
    /// one of its departments: "Sở GD&amp;ĐT Tuyên Quang" → "UBND TỈNH TUYÊN QUANG", "… Hồ Chí Minh" → "UBND
    /// THÀNH PHỐ HỒ CHÍ MINH", a pre-2025 name → its current unit ("Hà Giang" → "UBND TỈNH TUYÊN QUANG");
    /// null when the text names no province.</summary>
    public static string? PeoplesCommitteeOf(string text)
    {
        var current = FindInText(text)?.ProvinceCurrent;
        if (current is null) return null;
        var city = ProvinceData.CentrallyRunCities.Split('|').Contains(current);
        var name = current.StartsWith("TP. ", StringComparison.Ordinal) ? current[4..] : current;
        return (city ? "UBND THÀNH PHỐ " : "UBND TỈNH ") + name.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
    }

    /// <summary>The province a piece of text places itself in, with the district when one is named.
    /// The strongest evidence wins: the place-and-date line, then "tỉnh X" / "Sở GD&amp;ĐT X", then a known
    /// district ("huyện Điện Biên", "Quận 12", "thành phố Mỹ Tho"), then a bare province name.</summary>
    public static PlaceMatch? FindInText(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = FoldedText.Fold(text);
        var found = new List<(int Rank, PlaceMatch Match)>();

        foreach (var province in All)
        {
            foreach (var variant in province.Variants)
            {
                var needle = FoldedText.Fold(variant);
                if (needle.Length < 4) continue; // "HN", "HCM" only count as whole names (Canonical)
                foreach (var at in WordOccurrences(folded, needle))
                {
                    var rank = IsPlaceDateLine(folded, at, needle.Length) ? 0 : PrecededBy(folded, at, ProvinceLeads) ? 1 : 3;
                    // "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the bare name is the person's.
                    if (rank == 3 && needle == "ho chi minh") continue;
                    found.Add((rank, new PlaceMatch(province.Name, null, at, needle.Length, RankName(rank))));
                }
            }
        }

        foreach (var district in Districts)
        {
            var needle = FoldedText.Fold(district.Name);
            foreach (var at in WordOccurrences(folded, needle))
            {
                var lead = DistrictLeads.Where(l => l.Kind == district.Kind).Select(l => l.Folded).ToArray();
                if (!PrecededBy(folded, at, lead))
                {
                    // "Dĩ An, ngày 05 tháng 11 năm 2024": a district heading the place-and-date line needs no
                    // kind, as long as its name belongs to one province only and is not a bare number.
                    if (IsPlaceDateLine(folded, at, needle.Length) && !AmbiguousDistricts.Contains(district.Name) && !needle.All(char.IsAsciiDigit))
                        found.Add((0, new PlaceMatch(district.Province, district.Display, at, needle.Length, "place-date")));
                    continue;
                }
                var start = LeadStart(folded, at, lead);
                var rank = IsPlaceDateLine(folded, start, at + needle.Length - start) ? 0 : 2;
                found.Add((rank, new PlaceMatch(district.Province, district.Display, start, at + needle.Length - start, rank == 0 ? "place-date" : "district")));
            }
        }

        if (found.Count == 0) return null;
        var best = found.OrderBy(f => f.Rank).ThenBy(f => f.Match.Start).First().Match;
        if (best.District is null)
        {
            var district = found.Where(f => f.Match.District is not null && f.Match.Province == best.Province).OrderBy(f => f.Match.Start).FirstOrDefault();
            if (district.Match is not null) best = best with { District = district.Match.District };
        }
        return best;
    }

    private static string RankName(int rank) => rank switch
    {
        0 => "place-date",
        1 => "province",
        2 => "district",
        _ => "name",
    };

    private static IEnumerable<int> WordOccurrences(string folded, string needle)
    {
        var at = 0;
        while ((at = folded.IndexOf(needle, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var end = at + needle.Length;
            var after = end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (before && after) yield return at;
            at++;
        }
    }

    private static bool PrecededBy(string folded, int at, string[] leads) => LeadStart(folded, at, leads) < at;

    /// <summary>Where the lead word before <paramref name="at"/> starts, or <paramref name="at"/> when none.</summary>
    private static int LeadStart(string folded, int at, string[] leads)
    {
        var i = at;
        while (i > 0 && folded[i - 1] == ' ') i--;
        foreach (var lead in leads)
        {
            var start = i - lead.Length;
            if (start < 0 || string.CompareOrdinal(folded, start, lead, 0, lead.Length) != 0) continue;
            if (start > 0 && char.IsLetterOrDigit(folded[start - 1])) continue;
            if (i == at && !lead.EndsWith('.')) continue; // "tinh" glued to the name is another word
            return start;
        }
        return at;
    }

    // "Hải Phòng, ngày 10 tháng 7 năm 2023": the place opens its line (after at most its kind, as in
    // "Quận 12, ngày…" or "TP. Hồ Chí Minh, ngày…") and a date follows the comma.
    private static bool IsPlaceDateLine(string folded, int start, int length)
    {
        var lineStart = start == 0 ? 0 : folded.LastIndexOf('\n', start - 1) + 1;
        var before = folded[lineStart..start].Trim(' ', '\t', '.', '*', '\r');
        if (before is not ("" or "tp" or "thanh pho" or "tinh" or "quan" or "huyen" or "thi xa" or "tx" or "t.p")) return false;
        var rest = folded.AsSpan(start + length).TrimStart(' ');
        if (rest.Length == 0 || rest[0] != ',') return false;
        return rest[1..].TrimStart(' ').StartsWith("ngay", StringComparison.Ordinal);
    }

    private static FrozenDictionary<string, Province> BuildKeys()
    {
        var keys = new Dictionary<string, Province>();
        foreach (var province in All)
        {
            foreach (var variant in province.Variants.Append(province.Current == province.Name ? province.Name : ""))
            {
                if (variant.Length == 0) continue;
                keys.TryAdd(Key(FoldedText.Fold(variant)), province);
            }
        }
        return keys.ToFrozenDictionary();
    }

    /// <summary>Letters and digits only: "ba ria - vung tau" → "bariavungtau".</summary>
    private static string Key(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        return builder.ToString();
    }
}
