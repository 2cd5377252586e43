using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads items from plans written as prose: "Tiêu chí 1.4: …" followed by paragraphs, with
/// optional labelled lines ("Thời gian: …", "Kinh phí: …", "Người phụ trách: …", "Giải pháp: …").
/// Short lines that are only a time expression, stranded after the items (a column of dates that OCR
/// read apart from its table), end the current item and are reported, not guessed onto items.</summary>
internal static partial class ProseItemReader
{
    private static readonly (string Prefix, ColumnRole Role)[] Labels =
    [
        ("thoi gian", ColumnRole.Timeline),
        ("thoi diem", ColumnRole.Timeline),
        ("tien do", ColumnRole.Timeline),
        ("nguon kinh phi", ColumnRole.Funding),
        ("du kien kinh phi", ColumnRole.Budget),
        ("kinh phi", ColumnRole.Budget),
        ("du toan", ColumnRole.Budget),
        ("nguoi phu trach", ColumnRole.Lead),
        ("phu trach", ColumnRole.Lead),
        ("chu tri", ColumnRole.Lead),
        ("nguoi thuc hien", ColumnRole.Lead),
        ("phan cong", ColumnRole.Lead),
        ("giai phap", ColumnRole.Actions),
        ("bien phap", ColumnRole.Actions),
        ("cong viec", ColumnRole.Actions),
        ("ket qua can dat", ColumnRole.Target),
        ("muc tieu", ColumnRole.Target),
        ("noi dung", ColumnRole.Target),
    ];

    public static List<RawItem> Read(IReadOnlyList<Block> blocks, WarningSink warnings)
    {
        var items = new List<RawItem>();
        RawItem? current = null;
        int? standard = null;
        var stranded = 0;
        Provenance? strandedAt = null;
        foreach (var block in blocks)
        {
            if (block is not TextBlock text)
            {
                Close(items, ref current);
                continue;
            }
            var reference = CriterionReferences.Parse(text.Text);
            if (reference is not null)
            {
                Close(items, ref current);
                standard = reference.Standard;
                if (!reference.IsStandardOnly) current = new RawItem(standard, reference, null, text.Provenance);
                continue;
            }
            if ((current is not null || items.Count > 0) && IsTimeFragment(text.Text))
            {
                stranded++;
                strandedAt ??= text.Provenance;
                Close(items, ref current);
                continue;
            }
            if (current is null) continue;
            if (text.Kind == TextKind.Heading && LooksLikeSectionHeading(text.Text))
            {
                Close(items, ref current);
                continue;
            }
            var (role, value) = Labelled(text.Text);
            current.Add(role, value);
        }
        Close(items, ref current);
        if (stranded > 0)
            warnings.Add("items.timeline", $"{stranded} time expression(s) stand apart from the items they belong to (a table column read separately?); not assigned", strandedAt);
        return items;
    }

    private static void Close(List<RawItem> items, ref RawItem? current)
    {
        if (current is not null) items.Add(current);
        current = null;
    }

    private static (ColumnRole Role, string Text) Labelled(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', ' ');
        var folded = Folded.Aligned(trimmed);
        foreach (var (prefix, role) in Labels)
        {
            if (!folded.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = trimmed[prefix.Length..].TrimStart();
            var afterLabel = LabelTail().Match(rest);
            if (!afterLabel.Success) continue;
            return (role, rest[afterLabel.Length..].Trim());
        }
        return (ColumnRole.Target, text.Trim());
    }

    private static bool LooksLikeSectionHeading(string text) => RomanStart().IsMatch(text.Trim());

    /// <summary>"9/2022", "Tháng 01/2023", "Cả năm học", "Định kỳ hàng tháng": short and only about time.</summary>
    private static bool IsTimeFragment(string text)
    {
        var folded = Folded.Of(text);
        if (folded.Split(' ').Length > 7) return false;
        return TimeOnly().IsMatch(folded);
    }

    [GeneratedRegex(@"^[^:]{0,40}?:\s*")]
    private static partial Regex LabelTail();

    [GeneratedRegex(@"^[IVXL]{1,4}\s*[\.\)]\s")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^(?:(?:tu|den|thang|quy|nam|nam hoc|hoc ky|hk\s*i{1,2}|ca|bat dau|dinh ky|hang|thuong xuyen|va|cac|tiep theo|truoc|sau|cuoi|dau|-|–)\s*|\d{1,2}\s*/\s*(?:19|20)\d{2}\s*|(?:19|20)\d{2}\s*|[ivx]{1,3}\s*|thang\s*\d{1,2}\s*)+$")]
    private static partial Regex TimeOnly();
}
