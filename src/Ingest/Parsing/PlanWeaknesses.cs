using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>A plan's weaknesses: its Hạn chế / Điểm yếu sections, the notes of its self-assessment table when
/// that column states what is not met, and a "Điểm yếu" column of its plan table.</summary>
internal static class PlanWeaknesses
{
    public static List<string> Read(IReadOnlyList<Block> blocks, PlanBody body, IReadOnlyList<PlanItem> items)
    {
        var notes = body.Assessments.Select(a => a.Note).OfType<string>().ToList();
        // A "Điểm yếu" column of the plan table states the weaknesses the rows answer; with it, item targets
        // are work to do, not statements of status.
        var columnWeaknesses = body.Raws.SelectMany(r => r.Pieces(ColumnRole.Weakness)).Select(OneLine).Where(w => w.Length > 0).Distinct().ToList();
        var statusTexts = columnWeaknesses.Count > 0 ? [] : items.Select(i => i.Target).OfType<string>();
        // "ĐY2" refers to a weakness listed above the table: no new one.
        columnWeaknesses.RemoveAll(w => WeaknessLabels.ReferencesIn(w).Count > 0);
        var notesAreWeaknesses = body.AssessmentNotesAreWeaknesses;
        var weaknesses = WeaknessReader.Read(HeadedCellTables.ForWeaknesses(KeyValueTables.ForWeaknesses(blocks)), statusTexts.Concat(notesAreWeaknesses ? [] : notes));
        if (notesAreWeaknesses) weaknesses = [.. weaknesses, .. notes.Where(n => !weaknesses.Contains(n))];
        return [.. weaknesses, .. columnWeaknesses.Where(w => !weaknesses.Any(k => Folded.Of(k) == Folded.Of(w)))];
    }

    private static string OneLine(string cell) =>
        string.Join(' ', cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
