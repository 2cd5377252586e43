using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>A reference to a standard ("Tiêu chuẩn 3: Cơ sở vật chất…") or a criterion ("Tiêu chí 3.1:
/// Khuôn viên…", "TC 3.1", a bare "3.1" in a criterion column), with the name written after it.</summary>
internal sealed record CriterionReference(int Standard, int? Index, string? Name)
{
    public string? Code => Index is { } i ? $"{Standard}.{i}" : null;
    public bool IsStandardOnly => Index is null;
}

internal static partial class CriterionReferences
{
    /// <summary>Reads a reference at the start of <paramref name="text"/>. Tolerates OCR damage to the
    /// words ("Tiéu chuén", "ti€u chi") and HTML remnants. <paramref name="bare"/> allows "3.1" / "3"
    /// without the word, for cells of a column headed "Tiêu chí" / "Tiêu chuẩn".</summary>
    public static CriterionReference? Parse(string? text, bool bare = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var original = text.Trim();
        var folded = Folded.Aligned(original);

        var m = Criterion().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: true);
        m = Standard().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: false);
        if (!bare) return null;
        m = BareCriterion().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: true);
        m = BareStandard().Match(folded);
        return m.Success ? Build(original, m, hasIndex: false) : null;
    }

    private static CriterionReference? Build(string original, Match m, bool hasIndex)
    {
        var standard = int.Parse(m.Groups["s"].Value);
        if (standard is < 1 or > 9) return null;
        int? index = hasIndex ? int.Parse(m.Groups["i"].Value) : null;
        if (index is < 1 or > 20) return null;
        var rest = original[(m.Index + m.Length)..];
        var name = CleanName(rest);
        return new CriterionReference(standard, index, name.Length == 0 ? null : name);
    }

    private static string CleanName(string rest)
    {
        // A name wrapped inside its cell ("Diện tích, khuôn viên" / "và sân vườn") is one phrase.
        var joined = string.Join(' ', rest.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var name = joined.Trim().TrimStart(':', '.', '-', '–', ')', ' ').Trim();
        return name.TrimEnd('.', ';', ':', ' ').Trim();
    }

    // A list number may come first ("1. Tiêu chí 1.10: …" as a numbered heading).
    // "tieu chi 3.1", "tieu chi so 3.1", "tc 3.1", "tieu chi 3. 1"; OCR: "tieu ch1", "tiéu chi" folded already.
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?(?:ti[a-z]{0,2}u\s*ch[il1]\b|tc)\s*(?:so\s*)?(?<s>\d)\s*[\.,]\s*(?<i>\d{1,2})\b")]
    private static partial Regex Criterion();

    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?ti[a-z]{0,2}u\s*ch[a-z]{1,3}n\b\s*(?:so\s*)?(?<s>\d)\b(?!\s*[\.,]\s*\d)")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^\W{0,3}(?<s>\d)\s*\.\s*(?<i>\d{1,2})\s*(?:[\.:\-–)]|$|\s)")]
    private static partial Regex BareCriterion();

    [GeneratedRegex(@"^\W{0,3}(?<s>\d)\s*\.?\s*$")]
    private static partial Regex BareStandard();
}
