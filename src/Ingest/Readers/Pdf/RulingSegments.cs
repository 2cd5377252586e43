using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>An axis-aligned ruling line in top-left page coordinates: horizontal when
/// <see cref="IsHorizontal"/> (Position is y, From..To along x), vertical otherwise.</summary>
internal sealed record Segment(bool IsHorizontal, double Position, double From, double To);

/// <summary>Collects the ruling lines a page draws: stroked axis-aligned lines and rectangle edges, and
/// thin filled rectangles (how many generators draw table borders).</summary>
internal static class RulingSegments
{
    private const double ThinLimit = 3.0;
    private const double MinLength = 4.0;

    public static List<Segment> Collect(Page page)
    {
        var height = page.Height;
        var segments = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked)) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box) continue;
                var width = box.Width;
                var boxHeight = box.Height;
                if (path.IsFilled && (width <= ThinLimit || boxHeight <= ThinLimit))
                {
                    if (width >= boxHeight && width >= MinLength) segments.Add(new Segment(true, height - (box.Bottom + box.Top) / 2, box.Left, box.Right));
                    else if (boxHeight > width && boxHeight >= MinLength) segments.Add(new Segment(false, (box.Left + box.Right) / 2, height - box.Top, height - box.Bottom));
                    continue;
                }
                if (path.IsStroked) AddStrokedLines(subpath, height, segments);
            }
        }
        return segments;
    }

    private static void AddStrokedLines(PdfSubpath subpath, double height, List<Segment> segments)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, height, segments);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s, height, segments);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, double height, List<Segment> segments)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy < 1 && dx >= MinLength) segments.Add(new Segment(true, height - (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        else if (dx < 1 && dy >= MinLength) segments.Add(new Segment(false, (from.X + to.X) / 2, height - Math.Max(from.Y, to.Y), height - Math.Min(from.Y, to.Y)));
    }
}
