namespace Analytics.Ingest.Tests.Variants;

/// <summary>A structural variant as plain text: its lines as they are, each table row one tab-separated line
/// the way a table copied out of Word arrives (a spanning cell once, a cell's lines joined by spaces).</summary>
public static class StructureText
{
    public static string Write(VariantDocument document)
    {
        var lines = new List<string>(document.Head);
        foreach (var block in StructureLayout.Body(document))
        {
            if (block is StructureLayout.Line line) lines.Add(line.Text);
            else if (block is StructureLayout.Grid grid)
            {
                lines.AddRange(grid.Rows.Select(r => string.Join('\t', r.Select(c => c.Text.Replace('\n', ' ').Replace('\t', ' ')))));
                lines.Add("");
            }
        }
        lines.AddRange(document.Foot);
        return string.Join('\n', lines) + "\n";
    }
}
