using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>A plan table as Tesseract's English model writes it in its text output: a header line of column words,
/// then each item row as a first line carrying its criterion code near the start (the cells of that line joined by
/// spaces or "|") and the wrapped rest of its cells on the lines below. The rows are rebuilt as
/// criterion | content | timeline | budget (<see cref="OcrRowCells"/>), so the parser's grid reading gives each item
/// its criterion, timeline and budget. Only text without Vietnamese letters is read this way.</summary>
internal sealed class OcrRowTableScanner : ITableScanner
{
    private const int MaxRowLines = 40;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (OcrTableLines.HasVietnameseOnlyLetters(lines[start])) return null;
        var headed = OcrTableLines.IsHeader(lines, start) || OcrTableLines.IsGarbledHeaderStart(lines, start);
        if (!headed && !OcrTableLines.IsHeaderlessStart(lines, start))
            return OcrFactRows.IsUnheadedStart(lines, start) ? Table(OcrFactRows.Split(lines, start, CriterionNameCorrector.Cited(lines))) : null;
        var names = CriterionNameCorrector.Cited(lines);
        var rows = new List<OcrRow>();
        var before = new List<string>();
        int? standard = null;
        var justOpened = false;
        var j = headed ? start + 1 : start;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (LineShapes.IsBlank(line) || OcrTableLines.IsPageFurniture(line) || OcrTableLines.IsRepeatedHeader(lines, j)) continue;
            if (OcrTableLines.EndsTable(line) || OcrTableLines.HasVietnameseOnlyLetters(line)) break;
            standard = OcrTableLines.StandardOf(line) ?? standard;
            if ((RowCode(lines, j, standard) ?? NamedRowCode(line, names)) is { } code)
            {
                // A criterion cell split over two lines ("Tiêu chuẩn 3 -" / "Tiêu chí 4") names its code twice: one row.
                var split = justOpened && rows[^1].Code == code;
                if (split) rows[^1].Lines.Add(line);
                else rows.Add(new OcrRow(code, rows.Count == 0 ? [.. before, line] : [line], OcrTableLines.RowNumber(line)));
                justOpened = !split;
                continue;
            }
            justOpened = false;
            if (UnderMergedCell(rows, line) is { } next) rows.Add(next);
            else if (headed && rows.Count == 0 && UncodedFirstRow(line) is { } first) rows.Add(first with { Lines = [.. before, line] });
            else if (rows.Count == 0) before.Add(line);
            else if (rows[^1].Lines.Count >= MaxRowLines) break;
            else rows[^1].Lines.Add(line);
            if (rows.Count == 0 && before.Count > MaxRowLines) return null;
        }
        // Fewer than two coded rows under a header: the codes are lost or written in a way not read; the rows' first
        // lines still carry their facts (OcrFactRows). A table of one coded row stays one row unless the facts' rows
        // name two criteria (a wrapped period's second date opens a row of its own, with no code).
        if (headed && rows.Count < 2 && OcrFactRows.Split(lines, start + 1, names) is { Rows.Count: >= 2 } byFacts
            && (rows.Count == 0 || byFacts.Rows.Select(r => r.Code).Where(c => c.Length > 0).Distinct().Count() >= 2))
            (rows, j) = byFacts;
        return Table((rows, j));
    }

    /// <summary>The rows rebuilt as cells under the reader's header, or null when none is an item.</summary>
    private static ScannedTable? Table((List<OcrRow> Rows, int End) found)
    {
        // A plan item always has a timeline or a budget (all 335 of the corpus's expected items do): a coded row with
        // neither is a self-assessment row ("Tiêu chí 3.2 x Thiếu 03 phòng…") or text the model lost, not an item.
        var cells = found.Rows.Select(OcrRowCells.Of).Where(r => r[2].Length > 0 || r[3].Length > 0).ToList();
        return cells.Count == 0 ? null : new ScannedTable([OcrRowCells.Header, .. cells], found.End);
    }

    /// <summary>The next numbered row under the same criterion cell (merged over several rows, so its code is
    /// printed once): the row number after the last row's, and an amount or a dated phrase on the line.</summary>
    private static OcrRow? UnderMergedCell(List<OcrRow> rows, string line) =>
        rows.Count > 0 && rows[^1].Number is { } n && OcrTableLines.RowNumber(line) == n + 1 && OcrTableLines.HasFacts(line)
            ? new OcrRow(rows[^1].Code, [line], n + 1) : null;

    /// <summary>The table's first row when the model lost its criterion code (or the plan wrote none): a row number
    /// and an amount or a dated phrase on the line. Its item has no criterion rather than the next row's.</summary>
    private static OcrRow? UncodedFirstRow(string line) =>
        OcrTableLines.RowNumber(line) is { } n && OcrTableLines.HasFacts(line) ? new OcrRow("", [line], n) : null;

    /// <summary>A numbered row whose code the English model garbled ("3 a> Phong hoc, | Xay moi…"): its first cell
    /// names the criterion.</summary>
    private static string? NamedRowCode(string line, CriterionNameCorrector names) =>
        OcrTableLines.NumberedRowCell(line) is { } cell ? names.Match(cell)?.Code : null;

    /// <summary>The row's code from its first line, or from a "Tiêu chuẩn 3 -" cell whose "Tiêu chí 4" wrapped
    /// onto the next line.</summary>
    private static string? RowCode(IReadOnlyList<string> lines, int j, int? standard)
    {
        if (OcrTableLines.RowCode(lines[j], standard) is { } code) return code;
        if (OcrTableLines.CriterionIndex(lines[j]) is { } index && OcrTableLines.StandardBelow(lines, j) is { } below) return $"{below}.{index}";
        if (OcrTableLines.StandardOf(lines[j]) is not { } s || j + 1 >= lines.Count) return null;
        return OcrTableLines.CriterionIndex(lines[j + 1]) is { } i && OcrTableLines.RowCode(lines[j + 1]) is null ? $"{s}.{i}" : null;
    }
}

/// <summary>One rebuilt item row: its criterion code, the OCR lines it spans and its row number when it has one.</summary>
internal sealed record OcrRow(string Code, List<string> Lines, int? Number = null);
