using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>The four corners of a photographed sheet (top-left, top-right, bottom-right, bottom-left) in
/// page pixels.</summary>
internal sealed record PageCorners((double X, double Y) TopLeft, (double X, double Y) TopRight,
    (double X, double Y) BottomRight, (double X, double Y) BottomLeft);

/// <summary>Finds the sheet in a phone photo: paper is much lighter than the desk around it. On a thumbnail
/// the image's outer band (desk) is compared with its middle (paper); only when the band is clearly darker
/// is the picture taken for a photo, and the sheet's corners are the extreme paper pixels along the two
/// diagonals. A scan, whose edges are paper, is left alone.</summary>
internal static class PageQuadrilateral
{
    private const int ThumbnailSide = 800;
    private const double BandShare = 0.02;

    /// <summary>The desk must be this much darker than the paper (0–255) to call the picture a photo.</summary>
    private const double MinContrast = 50;

    /// <summary>A sheet smaller than this share of the picture is no sheet: something else was found.</summary>
    private const double MinAreaShare = 0.3;

    public static PageCorners? Find(PixHandle gray)
    {
        var scale = (float)Math.Min(1.0, ThumbnailSide / (double)Math.Max(gray.Width, gray.Height));
        using var small = LeptonicaApi.pixScale(gray, scale, scale);
        if (small.IsInvalid) return null;
        var values = Read(small);
        var (band, middle) = BandAndMiddle(values);
        if (middle - band < MinContrast) return null;
        var corners = SheetEdges.Find(values) ?? Corners(values, (band + middle) / 2);
        if (corners is null || Area(corners) < MinAreaShare * values.GetLength(0) * values.GetLength(1)) return null;
        return Scaled(corners, 1 / scale);
    }

    private static byte[,] Read(PixHandle pix)
    {
        var (w, h) = (pix.Width, pix.Height);
        var values = new byte[w, h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
                values[x, y] = LeptonicaGeometryApi.pixGetPixel(pix, x, y, out var v) == 0 ? (byte)v : (byte)0;
        return values;
    }

    /// <summary>Mean gray of the outer band and of the middle half of the picture.</summary>
    private static (double Band, double Middle) BandAndMiddle(byte[,] v)
    {
        var (w, h) = (v.GetLength(0), v.GetLength(1));
        var bx = Math.Max(1, (int)(BandShare * w));
        var by = Math.Max(1, (int)(BandShare * h));
        double band = 0, middle = 0;
        int bandCount = 0, middleCount = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (x < bx || x >= w - bx || y < by || y >= h - by) { band += v[x, y]; bandCount++; }
                else if (x >= w / 4 && x < 3 * w / 4 && y >= h / 4 && y < 3 * h / 4) { middle += v[x, y]; middleCount++; }
            }
        }
        return (band / Math.Max(1, bandCount), middle / Math.Max(1, middleCount));
    }

    /// <summary>Extreme paper pixels along x+y and x−y; a pixel counts as paper only with paper on all four
    /// sides, so a bright speck on the desk cannot pose as a corner.</summary>
    private static PageCorners? Corners(byte[,] v, double threshold)
    {
        var (w, h) = (v.GetLength(0), v.GetLength(1));
        const int reach = 2;
        (int X, int Y)? tl = null, tr = null, br = null, bl = null;
        for (var y = reach; y < h - reach; y++)
        {
            for (var x = reach; x < w - reach; x++)
            {
                if (!(v[x, y] > threshold && v[x - reach, y] > threshold && v[x + reach, y] > threshold
                      && v[x, y - reach] > threshold && v[x, y + reach] > threshold)) continue;
                if (tl is not { } a || x + y < a.X + a.Y) tl = (x, y);
                if (br is not { } b || x + y > b.X + b.Y) br = (x, y);
                if (tr is not { } c || x - y > c.X - c.Y) tr = (x, y);
                if (bl is not { } d || x - y < d.X - d.Y) bl = (x, y);
            }
        }
        if (tl is not { } p1 || tr is not { } p2 || br is not { } p3 || bl is not { } p4) return null;
        return new PageCorners(p1, p2, p3, p4);
    }

    /// <summary>Shoelace area of the quadrilateral.</summary>
    internal static double Area(PageCorners c)
    {
        (double X, double Y)[] p = [c.TopLeft, c.TopRight, c.BottomRight, c.BottomLeft];
        double sum = 0;
        for (var i = 0; i < 4; i++) sum += p[i].X * p[(i + 1) % 4].Y - p[(i + 1) % 4].X * p[i].Y;
        return Math.Abs(sum) / 2;
    }

    private static PageCorners Scaled(PageCorners c, double f) => new(
        (c.TopLeft.X * f, c.TopLeft.Y * f), (c.TopRight.X * f, c.TopRight.Y * f),
        (c.BottomRight.X * f, c.BottomRight.Y * f), (c.BottomLeft.X * f, c.BottomLeft.Y * f));
}
