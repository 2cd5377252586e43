using Analytics.Ingest.Ocr;
using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads self-assessment tables: one row per criterion, an x in the "Không đạt" or "Mức N"
/// column, and optionally a note column ("Nội dung không đạt", "Ghi chú"). The result is the highest
/// level ticked; "Không đạt" only when nothing higher is ticked.</summary>
internal static class AssessmentTableReader
{
    /// <summary>True when the table has result-level columns ("Không đạt", "Mức 1"…) ticked with marks.</summary>
    public static bool IsAssessmentTable(TableBlock table, TableLayout layout)
    {
        if (layout.HeaderRows == 0) return false;
        var levelColumns = Enumerable.Range(0, layout.Labels.Count).Where(c => AssessmentColumns.LevelOf(layout.Labels[c]) is not null).ToList();
        if (levelColumns.Count >= 2) return true;
        var marks = table.Rows.Skip(layout.HeaderRows).Count(r => r.Cells.Any(c => Marks.IsMark(c.Text)));
        if (levelColumns.Count == 1 && marks * 2 >= table.Rows.Count - layout.HeaderRows) return true;
        // A plan table with a current-level column ("Mức đạt hiện tại") is read for its items, the level with them.
        // A table of nothing but the criterion and its result (results laid across the page, stood upright) is no plan.
        return levelColumns.Count == 0 && (!ItemTableReader.IsItemTable(layout) || layout.Labels.Count == 2) && TextResultColumn(table, layout) >= 0;
    }

    /// <summary>The column of a table that writes each criterion's result as text ("Mức đạt được": "Mức 2",
    /// "Không đạt"): headed like a result, and most rows naming a criterion have a readable result in it.</summary>
    private static int TextResultColumn(TableBlock table, TableLayout layout)
    {
        var body = table.Rows.Skip(layout.HeaderRows).ToList();
        var criterionRows = body.Where(r => r.Cells.FirstOrDefault(c => c.Text.Length > 0) is { } first
                                            && CriterionReferences.Parse(first.Text, bare: true) is { IsStandardOnly: false }).ToList();
        if (criterionRows.Count < MinTextResultRows) return -1;
        for (var c = 0; c < layout.Labels.Count; c++)
        {
            if (!AssessmentColumns.IsResultLabel(layout.Labels[c])) continue;
            var column = c;
            var readable = criterionRows.Count(r => AssessmentColumns.ResultOfText(r.CellAt(column)?.Text) is not null);
            if (readable * 10 >= criterionRows.Count * 8) return c;
        }
        return -1;
    }

    private const int MinTextResultRows = 3;

    /// <summary>"Đạt | Không đạt | Mức đạt" with "x | | 2": beside the ticked columns, a result-headed column that
    /// is no level itself writes the level reached as a number; -1 when the table has none.</summary>
    private static int LevelNumberColumn(TableLayout layout, int?[] levels) =>
        Enumerable.Range(0, layout.Labels.Count).Where(c => levels[c] is null && AssessmentColumns.IsResultLabel(layout.Labels[c]) && !PlanVocabulary.AimsAtLevel(layout.Labels[c]))
            .DefaultIfEmpty(-1).First();

    /// <summary>The levels a row ticks. A level column holds a mark or nothing, so when no cell of the row reads as a
    /// mark, the one level cell holding a short reading with no digit is its mark misread by OCR (a photographed "x"
    /// comes out as "bệ", "Ä", "se"); two such cells leave the row unticked, as it cannot say which.</summary>
    private static List<int?> TickedLevels(TableRow row, int?[] levels)
    {
        var marked = row.Cells.Where(c => Marks.IsMark(c.Text)).Select(c => levels.ElementAtOrDefault(c.Column)).ToList();
        if (marked.Any(l => l is not null)) return marked;
        if (WrittenLevels(row, levels) is { Count: > 0 } written) return written;
        var misread = row.Cells.Where(c => levels.ElementAtOrDefault(c.Column) is not null && IsMisreadMark(c.Text)).ToList();
        return misread.Count == 1 ? [levels[misread[0].Column]] : marked;
    }

    /// <summary>"Mức 1 | Mức 2 | Mức 3" holding "Đạt | Đạt | Không đạt": each level the row writes "Đạt" under is
    /// reached; a row of nothing but "Không đạt" / "Chưa đạt" reaches none (khong-dat).</summary>
    private static List<int?> WrittenLevels(TableRow row, int?[] levels)
    {
        var cells = row.Cells.Where(c => levels.ElementAtOrDefault(c.Column) is > 0 && c.Text.Trim().Length > 0).ToList();
        var reached = cells.Where(c => Folded.Of(c.Text).TrimEnd('.') == "dat").Select(c => levels[c.Column]).ToList();
        if (reached.Count > 0) return reached;
        return cells.Count > 0 && cells.All(c => Folded.Of(c.Text).TrimEnd('.') is "khong dat" or "chua dat") ? [0] : [];
    }

    private static bool IsMisreadMark(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= MaxMisreadMarkLength && !t.Any(char.IsDigit);
    }

    private const int MaxMisreadMarkLength = 3;

    public static IReadOnlyList<Assessment> Read(TableBlock table, TableLayout layout, WarningSink warnings)
    {
        var levels = layout.Labels.Select(AssessmentColumns.LevelOf).ToArray();
        var noteColumn = Array.FindIndex(layout.Labels.ToArray(), AssessmentColumns.IsNoteLabel);
        var textColumn = levels.All(l => l is null) ? TextResultColumn(table, layout) : LevelNumberColumn(layout, levels);
        var results = new List<Assessment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Skip(layout.HeaderRows))
        {
            var first = row.Cells.FirstOrDefault(c => c.Text.Length > 0 && !Marks.IsMark(c.Text));
            if (first is null) continue;
            var reference = CriterionReferences.Parse(first.Text, bare: true);
            var written = textColumn >= 0 ? AssessmentColumns.ResultOfLevelCell(row.CellAt(textColumn)?.Text) : null;
            var ticked = written is not null || levels.All(l => l is null) ? [written] : TickedLevels(row, levels);
            if (reference is null || reference.IsStandardOnly)
            {
                if (ticked.Any(t => t is not null))
                    warnings.Add("assessments", $"row \"{Short(first.Text)}\" has a result but no criterion number (standard.index); not recorded", table.Provenance);
                continue;
            }
            var code = reference.Code!;
            var known = ticked.Where(l => l is not null).Select(l => l!.Value).ToList();
            if (known.Count == 0)
            {
                warnings.Add("assessments", $"criterion {code}: no result ticked", table.Provenance);
                continue;
            }
            var best = known.Max();
            if (!seen.Add(code))
                warnings.Add("assessments", $"criterion {code} is listed more than once (a numbering slip?); both rows kept", table.Provenance);
            var doubt = row.Cells.Where(c => c.Text.Length > 0).Select(c => c.Confidence ?? 1).DefaultIfEmpty(1).Min();
            if (doubt < OcrOptions.DefaultLowConfidence)
                warnings.Add("assessments", $"criterion {code}: read from a scanned row that OCR was unsure of ({doubt:P0}); check it against the page", table.Provenance);
            var note = noteColumn >= 0 ? row.CellAt(noteColumn)?.Text : null;
            results.Add(new Assessment(code, AssessmentColumns.ResultName(best), string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        }
        return results;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
