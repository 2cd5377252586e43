using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Tables printed without ruling lines in a text-layer PDF (columns set apart only by white space):
/// the page's words outside ruled tables are handed to the same gutter finder that reads unruled tables on
/// scanned pages (<see cref="UnruledTableFinder"/>), and each table it finds is filled like a ruled grid, its
/// wrapped lines joined to their rows (<see cref="WrappedTableLines"/>).</summary>
internal static class PdfUnruledTables
{
    /// <summary>Word positions are in points here, not pixels: a couple of points is a safe slack.</summary>
    private const double Tolerance = 2.0;

    public sealed record Found(TableBlock Table, GridTable Grid);

    public static List<Found> Find(string source, int pageNumber, IReadOnlyList<Glyph> flow)
    {
        var lines = LineBuilder.Build(flow);
        var words = new List<OcrWord>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var w in lines[i].Words)
                words.Add(new OcrWord(w.Text, new BoundingBox(w.Left, w.Top, w.Right, w.Bottom), 1.0, 0, i));
        }
        var found = new List<Found>();
        foreach (var grid in UnruledTableFinder.Find(words, exactPositions: true))
        {
            var inside = words.Where(w => grid.Contains(w.Box)).ToList();
            var table = GridTableReader.Read(grid, inside, new Provenance(source, pageNumber, 0, grid.Region), Tolerance);
            found.Add(new Found(WrappedTableLines.Join(table), grid));
        }
        return found;
    }
}
