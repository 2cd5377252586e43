namespace CorpusBuilder;

/// <summary>Reads the small markup of corpus/sources (see corpus/tools/README.md).</summary>
internal static class SourceReader
{
    public static SourceSpec Read(string path)
    {
        string? header = null, footer = null;
        bool pdf = false, landscape = false;
        var blocks = new List<Block>();
        var lines = File.ReadAllLines(path);
        var listRun = 0;
        ParagraphKind? previousList = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith('|'))
            {
                var start = i;
                while (i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith('|')) i++;
                blocks.Add(ReadTable(lines[start..(i + 1)]));
                previousList = null;
                continue;
            }

            ParagraphKind? kind = null;
            string text = line;
            if (line.StartsWith("% ", StringComparison.Ordinal))
            {
                var directive = line[2..];
                if (directive.StartsWith("header:", StringComparison.Ordinal)) header = directive[7..].Trim();
                else if (directive.StartsWith("footer:", StringComparison.Ordinal)) footer = directive[7..].Trim();
                else if (directive == "pdf") pdf = true;
                else if (directive == "landscape") landscape = true;
                // A layout the markup cannot express, applied to the built DOCX by build.sh (tools/README.md).
                else if (directive.StartsWith("after:", StringComparison.Ordinal)) { }
                else throw new FormatException($"{path}:{i + 1}: unknown directive {directive}");
                continue;
            }
            if (line.Length == 0) { previousList = null; continue; }
            if (line.StartsWith("## ", StringComparison.Ordinal)) (kind, text) = (ParagraphKind.Heading, line[3..]);
            else if (line.StartsWith("# ", StringComparison.Ordinal)) (kind, text) = (ParagraphKind.Title, line[2..]);
            else if (line.StartsWith("> ", StringComparison.Ordinal)) (kind, text) = (ParagraphKind.DateLine, line[2..]);
            else if (line.StartsWith("1. ", StringComparison.Ordinal)) (kind, text) = (ParagraphKind.Numbered, line[3..]);
            else if (line.StartsWith("- ", StringComparison.Ordinal)) (kind, text) = (ParagraphKind.Bulleted, line[2..]);
            else kind = ParagraphKind.Body;

            if (kind is ParagraphKind.Numbered or ParagraphKind.Bulleted)
            {
                if (previousList != kind) listRun++;
                previousList = kind;
            }
            else
            {
                previousList = null;
            }
            blocks.Add(new ParagraphBlock(text, kind.Value, listRun));
        }
        return new SourceSpec(Path.GetFileNameWithoutExtension(path), header, footer, pdf, landscape, blocks);
    }

    private static TableBlock ReadTable(string[] lines)
    {
        var rows = new List<IReadOnlyList<string>>();
        var headerRows = 0;
        var borderless = false;
        IReadOnlyList<int>? widths = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("|!", StringComparison.Ordinal)) { borderless = true; line = "|" + line[2..]; }
            if (line.StartsWith("|=", StringComparison.Ordinal))
            {
                widths = Cells("|" + line[2..]).Select(int.Parse).ToList();
                continue;
            }
            if (line.StartsWith("|---", StringComparison.Ordinal)) { headerRows = rows.Count; continue; }
            rows.Add(Cells(line));
        }
        var columns = rows.Max(r => r.Count);
        if (rows.Any(r => r.Count != columns)) throw new FormatException($"table rows have different cell counts near: {lines[0]}");
        return new TableBlock(rows, headerRows, borderless, widths);
    }

    private static List<string> Cells(string line)
    {
        var inner = line.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|')) inner = inner[..^1];
        return inner.Split('|').Select(c => c.Trim()).ToList();
    }
}
