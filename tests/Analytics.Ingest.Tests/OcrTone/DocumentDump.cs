using System.Globalization;
using System.Text;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>A document's body as the readers gave it (text blocks and table cells with their OCR confidence), written
/// to a small text file so that a slow OCR read is made once and measured many times. One line per text block
/// ("T", confidence, text), per table ("TABLE") and per row ("ROW"), one per cell ("C", column, span, confidence,
/// text); text escaped so that it stays on its line.</summary>
public static class DocumentDump
{
    public static void Write(string path, SourceDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock t:
                    builder.Append("T\t").Append(Confidence(t.Confidence)).Append('\t').Append(Escape(t.Text)).Append('\n');
                    break;
                case TableBlock table:
                    builder.Append("TABLE\n");
                    foreach (var row in table.Rows)
                    {
                        builder.Append("ROW\n");
                        foreach (var c in row.Cells)
                            builder.Append(CultureInfo.InvariantCulture, $"C\t{c.Column}\t{c.ColumnSpan}\t{Confidence(c.Confidence)}\t{Escape(c.Text)}\n");
                    }
                    break;
            }
        }
        File.WriteAllText(path, builder.ToString());
    }

    public static SourceDocument Read(string path)
    {
        var blocks = new List<Block>();
        List<TableRow>? rows = null;
        List<TableCell>? cells = null;
        var index = 0;
        void EndRow() { if (cells is not null) rows!.Add(new TableRow(cells)); cells = null; }
        void EndTable() { EndRow(); if (rows is not null) blocks.Add(new TableBlock(rows, new Provenance(path, null, index++))); rows = null; }
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "T":
                    EndTable();
                    blocks.Add(new TextBlock(TextKind.Paragraph, Unescape(parts[2]), new Provenance(path, null, index++), ParseConfidence(parts[1])));
                    break;
                case "TABLE": EndTable(); rows = []; break;
                case "ROW": EndRow(); cells = []; break;
                case "C":
                    cells!.Add(new TableCell(int.Parse(parts[1], CultureInfo.InvariantCulture), Unescape(parts[4]),
                        int.Parse(parts[2], CultureInfo.InvariantCulture), Confidence: ParseConfidence(parts[3])));
                    break;
            }
        }
        EndTable();
        return SourceDocument.Create(path, "dump", blocks);
    }

    private static string Confidence(double? c) => c is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";

    private static double? ParseConfidence(string s) => s == "-" ? null : double.Parse(s, CultureInfo.InvariantCulture);

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\r", "");

    private static string Unescape(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { builder.Append(s[i]); continue; }
            var next = s[++i];
            builder.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
        }
        return builder.ToString();
    }
}
