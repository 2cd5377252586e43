using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Item rows of an English-OCR'd table found by what a row's first line carries rather than by its
/// criterion code. A printed table's cells are top-aligned, so Tesseract's text gives each row's first line with the
/// first line of every cell on it: the target's and actions' first words, then the short cells on the right, the
/// period and the amount. A line carrying an amount or a dated phrase in its right part, and long enough to be
/// several cells, opens a row; the lines below it until the next such line are the row's wrapped cells. This holds
/// whatever the plan wrote in its criterion column and however the model garbled it, so it is the reading when the
/// codes give fewer than two rows. The row's code is then the one its first lines carry, or the criterion its first
/// cell names (<see cref="CriterionNameCorrector"/>).</summary>
internal static partial class OcrFactRows
{
    private const int MaxRowLines = 40;

    /// <summary>A row's first line spans several cells: shorter lines are one wrapped cell.</summary>
    private const int RowLine = 30;

    /// <summary>Where the short right-hand cells start, as a share of the line's length.</summary>
    private const double RightPart = 0.3;

    /// <summary>How many of a row's lines can hold its criterion cell's code (the cell wraps).</summary>
    private const int CodeLines = 4;

    /// <summary>Rows a table without a header needs before it counts as one, and how far below its first row they may start.</summary>
    private const int UnheadedRows = 3;

    private const int UnheadedReach = 30;


    /// <summary>The rows from <paramref name="first"/> (the line after the header) to the table's end, and the
    /// index of the first line after it.</summary>
    public static (List<OcrRow> Rows, int End) Split(IReadOnlyList<string> lines, int first, CriterionNameCorrector names)
    {
        var rows = new List<(List<string> Lines, int Open, int? Standard)>();
        var before = new List<string>();
        int? standard = null;
        var j = first;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            var opens = OpensRow(line);
            // A header carries no amount or date: a line that does is a row even when it names column words.
            if (LineShapes.IsBlank(line) || OcrTableLines.IsPageFurniture(line) || (!opens && OcrTableLines.IsRepeatedHeader(lines, j))) continue;
            if (OcrTableLines.EndsTable(line) || OcrTableLines.HasVietnameseOnlyLetters(line)) break;
            standard = OcrTableLines.StandardOf(line) ?? standard;
            if (opens) rows.Add(Open(rows.Count == 0 ? before : rows[^1].Lines, rows.Count == 0 ? 0 : rows[^1].Open + 1, line, standard));
            else if (rows.Count == 0 && before.Count < MaxRowLines) before.Add(line);
            else if (rows.Count == 0 || rows[^1].Lines.Count >= MaxRowLines) break;
            else rows[^1].Lines.Add(line);
        }
        return ([.. rows.Select(r => new OcrRow(CodeOf(r.Lines.Skip(r.Open).ToList(), r.Standard, names), r.Lines))], j);
    }

    /// <summary>A new row opened by <paramref name="line"/>. A period cell wrapped after its first word ("Tháng" /
    /// "12/2024") puts the row's date on its second line: then the line above, ending with that word, is the row's
    /// first line and moves down from the lines before (<paramref name="above"/>, of which the first
    /// <paramref name="kept"/> stay). Before the first row, every line above goes with it.</summary>
    private static (List<string> Lines, int Open, int? Standard) Open(List<string> above, int kept, string line, int? standard)
    {
        var moved = above.Count > kept && OcrTimelineTail.EndsOpenPeriod(above[^1]) ? 1 : 0;
        if (kept == 0)
        {
            List<string> all = [.. above, line];
            above.Clear();
            return (all, all.Count - 1 - moved, standard);
        }
        List<string> lines = [.. above.TakeLast(moved), line];
        above.RemoveRange(above.Count - moved, moved);
        return (lines, 0, standard);
    }

    /// <summary>True when a table whose header the model lost (or the plan printed none) starts here: this line opens
    /// a row, and at least <see cref="UnheadedRows"/> lines within <see cref="UnheadedReach"/> below do too. A
    /// labelled field ("Thời gian: tháng 9/2024") or a sentence opens none: a prose plan's fields are not a table.</summary>
    public static bool IsUnheadedStart(IReadOnlyList<string> lines, int start)
    {
        if (!OpensTableRow(lines[start])) return false;
        var more = 0;
        for (var i = start + 1; i < lines.Count && i <= start + UnheadedReach && more < UnheadedRows - 1; i++)
            if (OpensTableRow(lines[i])) more++;
        return more >= UnheadedRows - 1;
    }

    /// <summary>A row's first line with no header to vouch for it: an amount in its right part, or a period finer than
    /// a school year that is not a day's date ("ngày 12 tháng 9 năm 2024", "ngày 22/8/2018": the masthead, a
    /// citation), and no label or sentence end.</summary>
    private static bool OpensTableRow(string line) =>
        !line.Contains('\t') && !OcrTableLines.IsLabelOrSentence(line)
        && HasRightFact(line, (m, folded) => m.Kind is TimelineMentionKind.Month or TimelineMentionKind.Quarter
            or TimelineMentionKind.Summer or TimelineMentionKind.Semester && !DayDate().IsMatch(folded[..m.Position]));

    // A day's date ends right before the mention: "ngày 12 " before "tháng 9 năm 2024", "ngày " before "22/8/2018".
    [GeneratedRegex(@"(?:ngay|ngdy|ngày)\s*(?:\d{1,2}\s*)?$")]
    private static partial Regex DayDate();

    /// <summary>True when the line is long enough to be several cells and carries an amount or a dated phrase finer
    /// than a year in its right part.</summary>
    public static bool OpensRow(string line) =>
        HasRightFact(line, (m, _) => m.Kind is not (TimelineMentionKind.Year or TimelineMentionKind.YearPair));

    /// <summary>True when the line spans several cells and its right part holds an amount or a dated phrase that
    /// <paramref name="counts"/> accepts (given the mention and the folded line).</summary>
    private static bool HasRightFact(string line, Func<TimelineMention, string, bool> counts)
    {
        if (line.Trim().Length < RowLine) return false;
        var right = (int)(line.Length * RightPart);
        if (MoneyParser.FindAmounts(line).Any(m => m.Vnd >= OcrTableLines.MinAmount && m.Start >= right)) return true;
        var folded = FoldedText.Fold(line);
        return TimelinePatterns.Find(line, folded).Any(m => m.Position >= right && counts(m, folded));
    }

    /// <summary>The code near the start of one of the row's first lines (from the one that opened it), or the criterion its first cell names, or "".</summary>
    private static string CodeOf(List<string> lines, int? standard, CriterionNameCorrector names)
    {
        foreach (var line in lines.Take(CodeLines))
            if (OcrTableLines.RowCode(line, standard) is { } code) return code;
        var cell = OcrTableLines.NumberedRowCell(lines[0]) ?? lines[0];
        return names.Match(cell)?.Code ?? "";
    }
}
