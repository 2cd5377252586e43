using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>A ruled table found on a page: its outline, the x of each column boundary and the y of each
/// row boundary (both sorted, outer borders included), and the rules themselves for merge detection.</summary>
internal sealed record GridTable(BoundingBox Region, IReadOnlyList<double> Columns, IReadOnlyList<double> Rows,
    IReadOnlyList<Rule> Horizontal, IReadOnlyList<Rule> Vertical)
{
    /// <summary>Short vertical runs inside the table (<see cref="RulingLines.Stubs"/>).</summary>
    public IReadOnlyList<Rule> Stubs { get; init; } = [];

    public bool Contains(BoundingBox box)
    {
        var cx = (box.Left + box.Right) / 2;
        var cy = (box.Top + box.Bottom) / 2;
        return cx >= Region.Left && cx <= Region.Right && cy >= Region.Top && cy <= Region.Bottom;
    }
}
