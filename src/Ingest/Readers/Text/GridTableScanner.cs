namespace Analytics.Ingest.Readers.Text;

/// <summary>Plain-text grid tables ("+-----+-----+" rules, "|"-separated lines, "+=====+" under the
/// header; Emacs, pandoc and console exports): a row is the lines between two rules, and each cell is cut
/// at the column positions of the rule's '+' marks. A cell's wrapped lines are joined with spaces; a line
/// after one that ends a sentence and starting in capitals or with a bullet stays a line of its own.</summary>
internal sealed class GridTableScanner : ITableScanner
{
    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        var edges = RuleEdges(lines[start]);
        if (edges is null) return null;
        var rows = new List<List<string>>();
        List<List<string>>? row = null;
        var j = start + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j].TrimEnd();
            if (RuleEdges(line) is not null)
            {
                if (row is not null && row.Any(c => c.Count > 0)) rows.Add([.. row.Select(Join)]);
                row = null;
                continue;
            }
            if (!line.TrimStart().StartsWith('|')) break;
            row ??= [.. edges.Skip(1).Select(_ => new List<string>())];
            for (var c = 0; c + 1 < edges.Count; c++)
            {
                var from = edges[c] + 1;
                if (from >= line.Length) break;
                var to = Math.Min(edges[c + 1], line.Length);
                var piece = line[from..to].Trim().Trim('|').Trim();
                if (piece.Length > 0) row[c].Add(piece);
            }
        }
        if (row is not null && row.Any(c => c.Count > 0)) rows.Add([.. row.Select(Join)]);
        if (rows.Count < 2) return null;
        return new ScannedTable([.. rows.Select(r => (IReadOnlyList<string>)r)], j);
    }

    private static string Join(List<string> lines) => LineShapes.JoinWrapped(lines);

    /// <summary>The positions of the '+' marks of a rule line ("+----+======+"), null for other lines.</summary>
    private static List<int>? RuleEdges(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < 5 || trimmed.TrimStart()[0] != '+' || trimmed[^1] != '+') return null;
        var edges = new List<int>();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '+') edges.Add(i);
            else if (c is not ('-' or '=' or ':') && !(c == ' ' && edges.Count == 0)) return null;
        }
        return edges.Count >= 3 ? edges : null;
    }
}
