using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads the issue date line ("Hải Phòng, ngày 10 tháng 7 năm 2023") and the place before it.</summary>
internal static partial class IssueDateReader
{
    public sealed record IssueDate(string Iso, string? Place);

    public static IssueDate? Read(string text)
    {
        var line = text.Split('\n')[0];
        var folded = Folded.Aligned(line);
        var m = Written().Match(folded);
        if (!m.Success) m = Numeric().Match(folded);
        // The issue date opens its line ("Hà Nội, ngày …"); dates inside "Căn cứ Thông tư … ngày …" are citations.
        if (!m.Success || m.Index > 45 || Citation().IsMatch(folded)) return null;
        if (!int.TryParse(m.Groups["d"].Value, out var day) || !int.TryParse(m.Groups["m"].Value, out var month) || !int.TryParse(m.Groups["y"].Value, out var year))
            return null;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var place = line[..m.Index].Trim().TrimEnd(',').Trim();
        var iso = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new IssueDate(iso, place.Length is > 0 and < 60 ? place : null);
    }

    [GeneratedRegex(@"^\W*(?:can cu|thuc hien|theo|cong van|quyet dinh|thong tu|ke hoach so|bao cao)|\bso\s*\d+\s*/")]
    private static partial Regex Citation();

    [GeneratedRegex(@"ng[a-z]{1,2}y?\s*(?<d>\d{1,2})\s*th[a-z]{1,3}g\s*(?<m>\d{1,2})\s*n[a-z]{1,3}m\s*(?<y>\d{4})")]
    private static partial Regex Written();

    [GeneratedRegex(@"(?:,|ngay)\s*(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})")]
    private static partial Regex Numeric();
}
