using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>One recognised page → blocks of the document model: ruled and unruled tables as <see cref="TableBlock"/>s
/// (an unruled table's wrapped lines joined to their rows, as the text-layer reader joins them),
/// the remaining lines as paragraphs, in Tesseract's reading order with each table where its first line was.</summary>
internal static class PageLayout
{
    /// <summary>Blocks are numbered from 0 on the page; the document builder renumbers them.</summary>
    /// <param name="tableColumns">Receives each table's column boundaries, for joining tables across pages.</param>
    public static List<Block> Build(OcrPage page, string source, IDictionary<Provenance, IReadOnlyList<double>> tableColumns)
    {
        var index = 0;
        var blocks = new List<Block>();
        var tolerance = GridFinder.Tolerance(page.Resolution);
        var ruled = GridFinder.Find(page.Rules, page.Resolution);
        var outside = page.Words.Where(w => !ruled.Any(g => g.Contains(w.Box))).ToList();
        // Tables without ruling lines are looked for only among the words outside ruled tables.
        var unruled = UnruledTableFinder.Find(outside);
        var grids = ruled.Concat(unruled).OrderBy(g => g.Region.Top).ToList();
        var gridWords = grids.ToDictionary(g => g, _ => new List<OcrWord>());
        var freeWords = new List<OcrWord>();
        foreach (var word in page.Words)
        {
            var grid = grids.FirstOrDefault(g => g.Contains(word.Box));
            if (grid is null) freeWords.Add(word);
            else gridWords[grid].Add(word);
        }

        var pending = new Queue<GridTable>(grids);
        var lines = MastheadColumns.Split(LineGrouper.Group(freeWords), page.Height);
        foreach (var paragraph in ReadingOrder.Fix(ParagraphBuilder.Split(lines)))
        {
            var box = OcrLine.Union(paragraph.Select(l => l.Box));
            // Tables sit across the page: one goes before the first paragraph that starts below it.
            while (pending.Count > 0 && pending.Peek().Region.Top < box.Top)
            {
                blocks.Add(ReadTable(pending.Dequeue()));
            }
            var text = TextJoiner.Join(paragraph);
            var confidence = paragraph.SelectMany(l => l.Words).Average(w => w.Confidence);
            blocks.Add(new TextBlock(BlockClassifier.Classify(text), text, new Provenance(source, page.Number, index++, box), confidence));
        }
        while (pending.Count > 0) blocks.Add(ReadTable(pending.Dequeue()));
        return blocks;

        TableBlock ReadTable(GridTable grid)
        {
            var table = GridTableReader.Read(grid, gridWords[grid], new Provenance(source, page.Number, index++), tolerance);
            if (unruled.Contains(grid)) table = WrappedTableLines.Join(table);
            tableColumns[table.Provenance] = grid.Columns;
            return table;
        }
    }
}
