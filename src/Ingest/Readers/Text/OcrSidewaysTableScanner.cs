using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>A plan table laid on its side (one column per criterion, one row per field) as Tesseract's English model
/// writes it: a head line naming the criteria's codes in order ("Noidung | Tieu chi 1.6 Tieu chi 3.3 Tieu chi 3.6"),
/// then one line per field, its label first and its cells after it in column order, without their borders
/// ("Thoi gian | Tu nay den het nam 2025 2026 - 2027 nam 2026", "Kinh phi Khong 1.500.000.000 dong 25.000.000 VND").
/// The short fields are cut back into cells by what they hold: a period is one dated phrase, a budget one amount or
/// "Không"; when a field gives as many as there are criteria, the i-th goes to the i-th criterion. The long fields
/// (target, actions) cannot be cut that way and are left out. Rebuilt upright as criterion | content | timeline |
/// budget rows, like <see cref="OcrRowTableScanner"/>'s.</summary>
internal sealed partial class OcrSidewaysTableScanner : ITableScanner
{
    /// <summary>How many lines below the head the field lines may reach (long fields wrap over many lines).</summary>
    private const int Reach = 40;


    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (OcrTableLines.HasVietnameseOnlyLetters(lines[start])) return null;
        var codes = OcrTableLines.Codes(lines[start]);
        if (codes.Count < 2 || codes.Distinct().Count() != codes.Count) return null;
        string[]? times = null, budgets = null;
        var end = start + 1;
        for (var j = start + 1; j < lines.Count && j <= start + Reach; j++)
        {
            if (OcrTableLines.EndsTable(lines[j]) || OcrTableLines.HasVietnameseOnlyLetters(lines[j])) break;
            var folded = OcrTableLines.Fold(lines[j]);
            if (TimeLabel().Match(folded) is { Success: true } t) times ??= Periods(lines[j][t.Length..], codes.Count);
            else if (MoneyLabel().Match(folded) is { Success: true } m) budgets ??= Amounts(lines[j][m.Length..], codes.Count);
            else continue;
            end = j + 1;
        }
        if (times is null && budgets is null) return null;
        var rows = codes.Select((code, i) => (IReadOnlyList<string>)[code, "", times?[i] ?? "", budgets?[i] ?? ""]);
        return new ScannedTable([OcrRowCells.Header, .. rows], end);
    }

    /// <summary>The field cut at its dated phrases' ends when it holds exactly <paramref name="count"/> of them.</summary>
    private static string[]? Periods(string field, int count)
    {
        var mentions = TimelinePatterns.Find(field, FoldedText.Fold(field));
        if (mentions.Count != count) return null;
        var cells = new string[count];
        var from = 0;
        for (var i = 0; i < count; i++)
        {
            var to = mentions[i].Position + mentions[i].Length;
            cells[i] = field[from..to].Trim(' ', '|', '-');
            from = to;
        }
        return cells;
    }

    /// <summary>The field's amounts and its "Không" words, in order, when there are exactly <paramref name="count"/>.</summary>
    private static string[]? Amounts(string field, int count)
    {
        var found = MoneyParser.FindAmounts(field).Where(a => a.Vnd >= OcrTableLines.MinAmount).Select(a => (a.Start, Text: field.Substring(a.Start, a.Length)))
            .Concat(None().Matches(OcrTableLines.Fold(field)).Select(m => (Start: m.Index, Text: "Không")))
            .OrderBy(a => a.Start).Select(a => a.Text).ToArray();
        return found.Length == count ? found : null;
    }

    // "Thời gian" as the model reads it ("Thoi", "Thai", "Thdi", "Thei"), opening the line.
    [GeneratedRegex(@"^\W{0,3}th[a-z]i\s*gian\b[\s|:]*")]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^\W{0,3}kinh\s*phi\b[\s|:]*")]
    private static partial Regex MoneyLabel();

    [GeneratedRegex(@"\bkhong\b")]
    private static partial Regex None();
}
