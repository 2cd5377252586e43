using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Analytics.Analysis.Tests;

/// <summary>The report's figures recomputed the slow, obvious way from the JSON files themselves
/// (JsonElement, no product types), following the definitions stated in the report's notes.</summary>
internal sealed class BruteForce
{
    private readonly List<JsonElement> _plans = [];

    public BruteForce(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            if (root.ValueKind == JsonValueKind.Array) _plans.AddRange(root.EnumerateArray());
            else _plans.Add(root);
        }
    }

    public IReadOnlyList<JsonElement> Plans => _plans;

    public static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement Obj(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    public static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static long? Vnd(JsonElement item) =>
        item.TryGetProperty("budget", out var b) && b.ValueKind == JsonValueKind.Object && b.GetProperty("vnd").ValueKind == JsonValueKind.Number
            ? b.GetProperty("vnd").GetInt64() : null;

    public static string? End(JsonElement item) =>
        item.TryGetProperty("timeline", out var t) && t.ValueKind == JsonValueKind.Object ? Str(t, "end") : null;

    public static string School(JsonElement plan)
    {
        var school = plan.TryGetProperty("school", out var sc) ? sc : default;
        var name = school.ValueKind == JsonValueKind.Object ? Str(school, "name") : null;
        if (string.IsNullOrWhiteSpace(name)) return "?" + Str(plan, "source");
        return Plain(string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries))) + "/" + Plain(Str(school, "province")?.Trim() ?? "");
    }

    public static string Plain(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static IEnumerable<string> ItemGaps(JsonElement item) => Arr(item, "gaps").Select(g => g.GetString()!);

    public static bool PlanHas(JsonElement plan, string category) =>
        Arr(plan, "gaps").Any(g => g.GetString() == category) || Arr(plan, "items").Any(i => ItemGaps(i).Contains(category));

    public int Schools() => _plans.Select(School).Distinct().Count();

    public HashSet<string> SchoolsWith(string category) => _plans.Where(p => PlanHas(p, category)).Select(School).ToHashSet();

    public IEnumerable<(JsonElement Plan, JsonElement Item)> ItemsOf(string category) =>
        from p in _plans from i in Arr(p, "items") where ItemGaps(i).Contains(category) select (p, i);

    public static long? Median(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return null;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Quarter(string? end)
    {
        if (end is null) return "Không xác định";
        var month = int.Parse(end[5..], CultureInfo.InvariantCulture);
        return end[..4] + "-Q" + ((month + 2) / 3);
    }

    public static bool Overdue(string? end, DateOnly asOf)
    {
        if (end is null) return false;
        var year = int.Parse(end[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(end[5..], CultureInfo.InvariantCulture);
        var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return lastDay < asOf;
    }

    public static string Funding(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "Không ghi nguồn";
        var f = Plain(text);
        bool state = new[] { "ngan sach", "nsnn", "chi thuong xuyen", "von dau tu" }.Any(f.Contains);
        bool social = new[] { "xa hoi hoa", "xhh", "tai tro", "huy dong", "cha me hoc sinh", "phu huynh" }.Any(f.Contains);
        return state && social ? "Ngân sách và xã hội hóa" : state ? "Ngân sách nhà nước" : social ? "Xã hội hóa" : "Nguồn khác";
    }
}
