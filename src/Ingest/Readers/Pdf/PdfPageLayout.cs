using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Lays out one page's glyphs as blocks in reading order: ruled tables, and tables set out by
/// white space alone (<see cref="PdfUnruledTables"/>), become table blocks,
/// the remaining lines are cut at wide gaps into frames, stacked lines become paragraphs, and everything
/// is put in reading order by <see cref="XyCutOrder"/>.</summary>
internal static class PdfPageLayout
{
    private const double ColumnGapRatio = 2.5;
    private const double ParagraphGapRatio = 0.75;
    private const int MaxSegmentsForTables = 5_000;

    public static List<Block> Lay(string source, int pageNumber, List<Glyph> glyphs, List<Segment> segments)
    {
        var tables = segments.Count <= MaxSegmentsForTables ? RulingTableDetector.Detect(segments) : [];
        var flow = new List<Glyph>();
        var cellGlyphs = tables.Select(t => t.Cells.Select(_ => new List<Glyph>()).ToArray()).ToArray();
        foreach (var glyph in glyphs)
        {
            if (!Place(glyph, tables, cellGlyphs)) flow.Add(glyph);
        }

        flow = UprightFlow(flow);
        var blocks = new List<Block>();
        // Tables without ruling lines: found from the words' white-space gutters among the remaining text.
        foreach (var unruled in PdfUnruledTables.Find(source, pageNumber, flow))
        {
            blocks.Add(unruled.Table);
            flow.RemoveAll(g => unruled.Grid.Contains(new BoundingBox(g.Left, g.Top, g.Right, g.Bottom)));
        }
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var box = new BoundingBox(table.Left, table.Top, table.Right, table.Bottom);
            blocks.Add(BuildTable(table, cellGlyphs[t], new Provenance(source, pageNumber, 0, box)));
        }
        foreach (var frame in Frames(LineBuilder.Build(flow)))
        {
            foreach (var paragraph in Paragraphs(frame))
            {
                var box = new BoundingBox(paragraph.Min(l => l.Left), paragraph.Min(l => l.Top), paragraph.Max(l => l.Right), paragraph.Max(l => l.Bottom));
                var text = LineBuilder.JoinLines(paragraph, box.Right);
                blocks.Add(new TextBlock(TextKind.Paragraph, text, new Provenance(source, pageNumber, 0, box)));
            }
        }
        return XyCutOrder.Order(blocks);
    }

    private static bool Place(Glyph glyph, List<RuledTable> tables, List<Glyph>[][] cellGlyphs)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            if (!tables[t].Contains(glyph.CenterX, glyph.CenterY)) continue;
            var cells = tables[t].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (!cells[c].Contains(glyph.CenterX, glyph.CenterY)) continue;
                cellGlyphs[t][c].Add(glyph);
                return true;
            }
        }
        return false;
    }

    private static TableBlock BuildTable(RuledTable table, List<Glyph>[] glyphs, Provenance provenance)
    {
        var texts = table.Cells.Select((cell, i) => CellText(glyphs[i], cell.Right - 2)).ToArray();
        var rows = new List<TableRow>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            var cells = new List<TableCell>();
            for (var i = 0; i < table.Cells.Count; i++)
            {
                var cell = table.Cells[i];
                if (cell.Row == r) cells.Add(new TableCell(cell.Column, texts[i], cell.ColumnSpan, cell.RowSpan));
                else if (cell.Row < r && cell.Row + cell.RowSpan > r) cells.Add(new TableCell(cell.Column, "", cell.ColumnSpan, 1, IsMergedContinuation: true));
            }
            cells.Sort((a, b) => a.Column.CompareTo(b.Column));
            rows.Add(new TableRow(cells));
        }
        return new TableBlock(rows, provenance);
    }

    /// <summary>Text outside the tables that runs up or down the page: when most of it does, the page was set
    /// sideways and is read in its text's direction; otherwise the few turned glyphs (a note up the margin) are
    /// left out rather than scattered as loose letters among the lines.</summary>
    internal static List<Glyph> UprightFlow(List<Glyph> flow)
    {
        var turned = flow.Count(g => g.Turn != GlyphTurn.None && !g.IsSpace);
        if (turned == 0) return flow;
        if (turned * 2 > flow.Count(g => !g.IsSpace)) return [.. flow.Select(g => g.Upright())];
        return [.. flow.Where(g => g.Turn == GlyphTurn.None)];
    }

    /// <summary>A cell's text. A cell whose text is mostly turned on its side (a narrow column's header read
    /// bottom to top) is read in its own direction, line after line; otherwise turned glyphs are left out.</summary>
    private static string CellText(List<Glyph> glyphs, double right)
    {
        var turned = glyphs.Count(g => g.Turn != GlyphTurn.None && !g.IsSpace);
        if (turned == 0) return LineBuilder.JoinLines(LineBuilder.Build(glyphs), right);
        if (turned * 2 <= glyphs.Count(g => !g.IsSpace)) return LineBuilder.JoinLines(LineBuilder.Build(glyphs.Where(g => g.Turn == GlyphTurn.None)), right);
        var direction = glyphs.Where(g => g.Turn != GlyphTurn.None).GroupBy(g => g.Turn).MaxBy(g => g.Count())!.Key;
        var upright = glyphs.Where(g => g.Turn == direction).Select(g => g.Upright()).ToList();
        return LineBuilder.JoinLines(LineBuilder.Build(upright), upright.Max(g => g.Right) + 1);
    }

    /// <summary>Frames: runs of line pieces stacked close together with overlapping horizontal extent.</summary>
    private static List<List<PdfLine>> Frames(List<PdfLine> lines)
    {
        var frames = new List<List<PdfLine>>();
        foreach (var piece in lines.OrderBy(l => l.Top).SelectMany(l => LineBuilder.SplitAtGaps(l, ColumnGapRatio)))
        {
            var home = frames.LastOrDefault(f =>
            {
                var last = f[^1];
                var gap = piece.Top - last.Bottom;
                return gap < ParagraphGapRatio * piece.Size && gap > -piece.Size * 0.5
                    && piece.Left < f.Max(l => l.Right) && piece.Right > f.Min(l => l.Left);
            });
            if (home is null) frames.Add([piece]);
            else home.Add(piece);
        }
        return frames;
    }

    /// <summary>Splits a frame where a line ends short or the next one starts a list item or is indented.</summary>
    private static IEnumerable<List<PdfLine>> Paragraphs(List<PdfLine> frame)
    {
        var right = frame.Max(l => l.Right);
        var left = frame.Min(l => l.Left);
        // Paragraph spacing: a gap clearly wider than the frame's tightest line gap starts a paragraph.
        var leading = Enumerable.Range(1, frame.Count - 1).Select(i => frame[i].Top - frame[i - 1].Bottom).DefaultIfEmpty(0).Min();
        var current = new List<PdfLine> { frame[0] };
        for (var i = 1; i < frame.Count; i++)
        {
            var indented = frame[i].Left > left + frame[i].Size * 1.5 && frame[i - 1].Left <= left + frame[i].Size * 0.5;
            var spaced = frame[i].Top - frame[i - 1].Bottom > leading + frame[i].Size * 0.3;
            if (indented || spaced || LineBuilder.IsParagraphBreak(frame[i - 1], frame[i], right))
            {
                yield return current;
                current = [];
            }
            current.Add(frame[i]);
        }
        yield return current;
    }
}
