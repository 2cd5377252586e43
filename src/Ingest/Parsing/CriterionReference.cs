using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>A reference to a standard ("Tiêu chuẩn 3: Cơ sở vật chất…") or a criterion ("Tiêu chí 3.1:
/// Khuôn viên…", "TC 3.1", a bare "3.1" in a criterion column), with the name written after it.</summary>
internal sealed record CriterionReference(int Standard, int? Index, string? Name)
{
    /// <summary>Text written after a bracketed name on the same line ("tiêu chí 3.2 (Phòng học): xây mới …"):
    /// the start of the item's own content, not part of the name.</summary>
    public string? Tail { get; init; }

    /// <summary>Further criteria listed after the first ("2.2; 5.1", "3.4, 2.4", "5.2 và 5.6"): the item
    /// serves them too, but its criterion is the first.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

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
        // "Tiêu chuẩn 3, tiêu chí 3.2", "Tiêu chuẩn 3 - Tiêu chí 2", "Tiêu chí 1 tiêu chuẩn 3": both named in words.
        m = StandardThenCriterion().Match(folded);
        if (m.Success && (!m.Groups["s0"].Success || m.Groups["s0"].Value == m.Groups["s"].Value)) return Build(original, m, hasIndex: true);
        m = CriterionOfStandard().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: true);
        m = Standard().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: false);
        if (!bare) return null;
        m = BareCriterion().Match(folded);
        if (m.Success) return Build(original, m, hasIndex: true, inCell: true);
        m = BareStandard().Match(folded);
        return m.Success ? Build(original, m, hasIndex: false) : null;
    }

    /// <summary>A criterion written by its index alone ("Tiêu chí 2: Phòng học, …"), which names a criterion
    /// only under a standard known from the context (a "Tiêu chuẩn 3: …" heading above the table).</summary>
    public static CriterionReference? ParseIndexOnly(string? text, int standard)
    {
        if (string.IsNullOrWhiteSpace(text) || standard is < 1 or > 9) return null;
        var original = text.Trim();
        var m = LoneCriterion().Match(Folded.Aligned(original));
        if (!m.Success) return null;
        var index = int.Parse(m.Groups["i"].Value);
        if (index is < 1 or > 20) return null;
        return WithName(new CriterionReference(standard, index, null), original[(m.Index + m.Length)..]);
    }

    private static CriterionReference? Build(string original, Match m, bool hasIndex, bool inCell = false)
    {
        var standard = StandardNumber(m.Groups["s"].Value);
        if (standard is < 1 or > 9) return null;
        int? index = hasIndex ? int.Parse(m.Groups["i"].Value) : null;
        if (index is < 1 or > 20) return null;
        var rest = original[(m.Index + m.Length)..];
        if (hasIndex && CodeList.Read(rest) is { } list)
        {
            // "Tiêu chí 1.1 – 1.3", and a heading "Tiêu chí 3.1 và 3.2: …" over a block of both: a group of one
            // standard names no single criterion; the row or block belongs to their standard.
            // "2.2; 5.1", "3.4, 2.4" in a criterion cell, "tiêu chí 2.2 và 5.1": a list, whose first criterion is
            // the item's, the others related.
            var group = list.IsRange || !inCell;
            if (group && list.FirstStandard == standard) return new CriterionReference(standard, null, null);
            if (list.IsRange) return new CriterionReference(standard, index, null);
            return WithName(new CriterionReference(standard, index, null) { Related = list.Codes }, rest[list.Length..]);
        }
        return WithName(new CriterionReference(standard, index, null), rest);
    }

    /// <summary>A standard's number, arabic or roman ("Tiêu chuẩn III" is standard 3).</summary>
    private static int StandardNumber(string written) => written switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        _ => int.Parse(written),
    };

    private static CriterionReference WithName(CriterionReference reference, string rest)
    {
        var bracketed = BracketedName().Match(rest);
        // "Tiêu chí 6 (TC 1.6): Quản lý …": the bracket restates the code in full; the name follows it.
        if (bracketed.Success && Parse(bracketed.Groups["name"].Value) is { IsStandardOnly: false, Name: null } restated)
            return WithName(reference with { Standard = restated.Standard, Index = restated.Index }, rest[bracketed.Length..]);
        if (bracketed.Success)
        {
            var tail = rest[bracketed.Length..].Trim();
            return reference with { Name = CleanName(bracketed.Groups["name"].Value), Tail = tail.Length == 0 ? null : tail };
        }
        var name = CleanName(rest);
        return reference with { Name = name.Length == 0 ? null : name };
    }

    private static string CleanName(string rest)
    {
        // A name wrapped inside its cell ("Diện tích, khuôn viên" / "và sân vườn") is one phrase.
        var joined = string.Join(' ', rest.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var name = joined.Trim().TrimStart(':', '.', ',', ';', '-', '–', ')', ' ').Trim();
        return name.TrimEnd('.', ';', ':', ' ').Trim();
    }

    // A list number may come first ("1. Tiêu chí 1.10: …" as a numbered heading).
    // "tieu chi 3.1", "tieu chi so 3.1", "tc 3.1", "tieu chi 3. 1", "tieu chi 1-8"; OCR: "tieu ch1", "tiéu chi" folded already.
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?(?:ti[a-z]{0,2}u\s*ch[il1]\b|tc)\s*(?:so\s*)?(?<s>\d)(?:\s*[\.,]\s*(?<i>\d{1,2})\b|-(?<i>\d{1,2})\b(?![\-/]\d))")]
    private static partial Regex Criterion();

    // "tieu chuan 3, tieu chi 3.2", "tieu chuan 3 - tieu chi 2", "tieu chuan 3: tc 2", and "tc 3 - tieu chi 1"
    // where "TC" abbreviates the standard because the criterion after it is written out in words.
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?(?:ti[a-z]{0,2}u\s*ch[a-z]{1,3}n|tc(?=\s*\d\s*[,;:\-–]\s*ti[a-z]{0,2}u\s*ch[il1]\b))\s*(?:so\s*)?(?<s>\d|iii|ii|iv|v|i)\s*[,;:\-–.]?\s*(?:ti[a-z]{0,2}u\s*ch[il1]\b|tc)\s*(?:so\s*)?(?:(?<s0>\d)\s*[\.,]\s*)?(?<i>\d{1,2})\b(?!\s*[\.,]\s*\d)")]
    private static partial Regex StandardThenCriterion();

    // "tieu chi 1 tieu chuan 3", "tieu chi 4 cua tieu chuan 3", "tc 2 thuoc tieu chuan 5", "tieu chi 6 (tieu chuan 3)"
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?(?:ti[a-z]{0,2}u\s*ch[il1]\b|tc)\s*(?:so\s*)?(?<i>\d{1,2})\s*[,\-–(]?\s*(?:(?:cua|thuoc)\s+)?ti[a-z]{0,2}u\s*ch[a-z]{1,3}n\s*(?:so\s*)?(?<s>\d|iii|ii|iv|v|i)\b(?!\s*[\.,]\s*\d)\)?")]
    private static partial Regex CriterionOfStandard();

    // "tieu chi 2: …", "tc 2 - …" (no standard written)
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?(?:ti[a-z]{0,2}u\s*ch[il1]\b|tc)\s*(?:so\s*)?(?<i>\d{1,2})\b(?!\s*[\.,]\s*\d)")]
    private static partial Regex LoneCriterion();

    // "(Phòng học): xây mới …" after a reference: the name in brackets, the rest is content.
    [GeneratedRegex(@"^\s*\((?<name>[^()]{2,120})\)\s*[:.\-–]?\s*")]
    private static partial Regex BracketedName();

    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}\s*[\.\)]\s+)?ti[a-z]{0,2}u\s*ch[a-z]{1,3}n\b\s*(?:so\s*)?(?<s>\d|iii|ii|iv|v|i)\b(?!\s*[\.,]\s*\d)")]
    private static partial Regex Standard();

    // "3.1", and in a criterion column the "TC3.5" of narrow columns as a scan reads it ("TGC3. 5", "T3. 6", "TCT1. 10"),
    // and a code whose closing dot a scan read as a comma before the name ("5.4, Công tác phổ cập").
    [GeneratedRegex(@"^\W{0,3}(?:t[a-z]{0,2}\s*)?(?<s>\d)\s*\.\s*(?<i>\d{1,2})(?=\s*(?:[\.:\-–);]|,(?=\s*[a-z\d])|$)|\s)")]
    private static partial Regex BareCriterion();

    [GeneratedRegex(@"^\W{0,3}(?<s>\d)\s*\.?\s*$")]
    private static partial Regex BareStandard();
}
