using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Splits a document holding several plans (offices paste plans one after another) at each new
/// plan head — a "Số: …/KH-…" line or a "KẾ HOẠCH" title — when the text before that head already holds
/// plan content (a table or a criterion) and the text after it does too.</summary>
internal static class PlanSplitter
{
    private const int HeadGroupSpan = 6;

    public static IReadOnlyList<IReadOnlyList<Block>> Split(IReadOnlyList<Block> blocks)
    {
        var heads = new List<int>();
        var lastHead = int.MinValue;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TextBlock text || !IsHead(text)) continue;
            if (i - lastHead > HeadGroupSpan || HasPlanContent(Range(blocks, Math.Max(lastHead, 0), i))) heads.Add(i);
            lastHead = i;
        }
        var boundaries = new List<int> { 0 };
        foreach (var head in heads.Where(h => h > 0))
        {
            var before = Range(blocks, boundaries[^1], head);
            var nextHead = heads.FirstOrDefault(h => h > head, blocks.Count);
            var after = Range(blocks, head, nextHead);
            if (HasPlanContent(before) && HasPlanContent(after)) boundaries.Add(head);
        }
        boundaries.Add(blocks.Count);
        var segments = new List<IReadOnlyList<Block>>();
        for (var k = 0; k + 1 < boundaries.Count; k++) segments.Add(Range(blocks, boundaries[k], boundaries[k + 1]));
        return segments;
    }

    private static bool IsHead(TextBlock block) =>
        DocumentNumberReader.IsNumberLine(block.Text) || TitleReader.IsTitleStart(block);

    private static List<Block> Range(IReadOnlyList<Block> blocks, int from, int to) => blocks.Skip(from).Take(to - from).ToList();

    /// <summary>Improvement content: a criterion, or a table that is more than a letterhead.</summary>
    private static bool HasPlanContent(IEnumerable<Block> blocks) =>
        blocks.Any(b => b switch
        {
            TableBlock table => table.Rows.Count > 3 || table.Rows.Any(r => r.Cells.Any(c => NamesCriterion(c.Text))) || ItemTableReader.IsItemTable(TableLayout.Of(table)),
            TextBlock text => NamesCriterion(text.Text),
            _ => false,
        });

    private static bool NamesCriterion(string text) => CriterionReferences.Parse(text) is { IsStandardOnly: false };
}
