using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder;

/// <summary>Writes a <see cref="TableBlock"/> as a Word table. A "&lt;" cell widens the cell to its left
/// (gridSpan); a "^" cell continues the cell above (vMerge), whose top cell gets vMerge="restart".</summary>
internal static class TableWriter
{
    public static Table Table(TableBlock block, int textWidth)
    {
        var columns = block.Rows[0].Count;
        var weights = block.Widths ?? Enumerable.Repeat(1, columns).ToList();
        var total = weights.Sum();
        var widths = weights.Select(w => textWidth * w / total).ToList();

        var table = new Table();
        var borders = block.Borderless
            ? new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })
            : new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        table.Append(new TableProperties(
            new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var restarts = VerticalStarts(block.Rows);
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var header = r < block.HeaderRows;
            var row = new TableRow();
            if (header) row.Append(new TableRowProperties(new TableHeader()));
            var cells = block.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] == "<") continue;
                var span = 1;
                while (c + span < cells.Count && cells[c + span] == "<") span++;
                var width = widths.Skip(c).Take(span).Sum();
                var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (span > 1) properties.Append(new GridSpan { Val = span });
                if (cells[c] == "^") properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
                else if (restarts.Contains((r, c))) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (header) properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

                var cell = new TableCell(properties);
                var text = cells[c] == "^" ? "" : cells[c];
                var paragraphProperties = new ParagraphProperties(header || block.Borderless ? new Justification { Val = JustificationValues.Center } : new Justification { Val = JustificationValues.Left });
                var runProperties = new RunProperties(new FontSize { Val = block.Borderless ? "26" : "22" });
                if (header) runProperties.Append(new Bold());
                var paragraph = new Paragraph(paragraphProperties);
                foreach (var run in Runs.Of(text, runProperties)) paragraph.Append(run);
                cell.Append(paragraph);
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Cells that start a vertical merge: the first non-"^" cell above each "^".</summary>
    private static HashSet<(int Row, int Column)> VerticalStarts(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var starts = new HashSet<(int, int)>();
        for (var r = 1; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] != "^") continue;
                var top = r - 1;
                while (top > 0 && rows[top][c] == "^") top--;
                starts.Add((top, c));
            }
        }
        return starts;
    }
}
