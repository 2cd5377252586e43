namespace Analytics.Ingest.Tests.Variants;

/// <summary>A variant written as a prose plan: each criterion heading on its own line (numbered or not), each
/// item's fields as labelled lines under it in the document's one bullet style ("- ", "+ ", "• ", "a) …", none).
/// An empty field has no line.</summary>
public static class VariantProse
{
    private const string Letters = "abcdđeg";

    public static string Write(VariantDocument document) => string.Join('\n', Lines(document)) + "\n";

    public static IEnumerable<string> Lines(VariantDocument document)
    {
        var style = (int)(VariantSplit.Hash(document.Id + "|style") % 5);
        var numbered = VariantSplit.Hash(document.Id + "|numbered") % 2 == 0;
        var heading = 0;
        foreach (var line in document.Head) yield return line;
        foreach (var row in document.Table.Rows)
        {
            if (row.FullWidth)
            {
                yield return numbered ? $"{++heading}. {row.Cells[0]}" : row.Cells[0];
                continue;
            }
            var written = document.Table.Columns.Select((c, i) => (c.Label, Text: row.Cells[i])).Where(f => f.Text.Length > 0).ToList();
            for (var i = 0; i < written.Count; i++) yield return Bullet(style, i) + $"{written[i].Label}: {written[i].Text.Replace('\n', ' ')}";
        }
        foreach (var line in document.Foot) yield return line;
    }

    private static string Bullet(int style, int index) => style switch
    {
        0 => "- ",
        1 => "+ ",
        2 => "• ",
        3 => $"{Letters[index % Letters.Length]}) ",
        _ => "",
    };
}
