using Analytics.Ingest.Model;

namespace Analytics.Cli.Commands;

/// <summary>Prints the document model for `plans show --blocks`: one line per paragraph, tables as rows
/// of cells with their grid column and spans, then furniture and warnings.</summary>
internal static class DocumentPrinter
{
    public static void Print(TextWriter output, SourceDocument document)
    {
        output.WriteLine($"{document.Source} ({document.Format}): {document.Blocks.Count} blocks, {document.Furniture.Count} header/footer blocks");
        foreach (var warning in document.Warnings) output.WriteLine($"warning: {warning}");
        foreach (var block in document.Blocks) PrintBlock(output, block);
        if (document.Furniture.Count == 0) return;
        output.WriteLine("--- headers and footers");
        foreach (var block in document.Furniture) PrintBlock(output, block);
    }

    private static void PrintBlock(TextWriter output, Block block)
    {
        var where = block.Provenance.Page is { } page ? $"p{page}#{block.Provenance.Index}" : $"#{block.Provenance.Index}";
        switch (block)
        {
            case TextBlock text:
                var kind = text.Kind switch
                {
                    TextKind.Heading => $"H{text.HeadingLevel}",
                    TextKind.ListItem => "LI",
                    _ => "P",
                };
                var label = text.ListLabel is null ? "" : $"[{text.ListLabel}] ";
                var confidence = text.Confidence is { } c ? $" ({c:0.00})" : "";
                output.WriteLine($"{where} {kind}{confidence}: {label}{Escape(text.Text)}");
                break;
            case TableBlock table:
                output.WriteLine($"{where} TABLE {table.Rows.Count}×{table.ColumnCount}");
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var cells = table.Rows[r].Cells.Select(cell =>
                    {
                        var span = (cell.ColumnSpan > 1 ? $" →{cell.ColumnSpan}" : "") + (cell.RowSpan > 1 ? $" ↓{cell.RowSpan}" : "");
                        return cell.IsMergedContinuation ? $"c{cell.Column}: ↑" : $"c{cell.Column}{span}: {Escape(cell.Text)}";
                    });
                    output.WriteLine($"  r{r} | " + string.Join(" | ", cells));
                }
                break;
        }
    }

    private static string Escape(string text) => text.Replace("\n", " ⏎ ").Replace("\t", " ⇥ ");
}
