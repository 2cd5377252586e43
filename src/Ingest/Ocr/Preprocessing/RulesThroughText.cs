using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Cuts a vertical rule where, between two row rules, it runs through a line of text. The closing that mends
/// a faint, broken rule also bridges a glyph's stem standing where a column boundary is ("Ể" of a full-width
/// "B. ĐIỂM TRƯỜNG KHE CHUNG" row, the strokes of a header printed on its side) onto the rule above and below, and the
/// row is cut in two there ("B. ĐI" | "M TRƯỜNG…"). A printed column boundary keeps the cell's padding clear on both
/// of its sides; a glyph's stem has the rest of its glyph or word against it. The stretch cut out is not erased, so
/// the glyph stays whole.</summary>
internal static class RulesThroughText
{
    public static List<(Rule Rule, (int X, int Y, int W, int H) Pixels)> Cut(PixHandle binary,
        IReadOnlyList<(Rule Rule, (int X, int Y, int W, int H) Pixels)> vertical, IReadOnlyList<Rule> horizontal, int resolution)
    {
        var kept = new List<(Rule, (int, int, int, int))>();
        foreach (var rule in vertical)
        {
            var from = (double)rule.Pixels.Y;
            foreach (var (top, bottom) in Rows(rule.Rule, horizontal, resolution).Where(row => InText(binary, rule.Pixels, row, resolution)))
            {
                kept.AddRange(Piece(rule, from, top, resolution));
                from = bottom;
            }
            kept.AddRange(Piece(rule, from, rule.Pixels.Y + rule.Pixels.H, resolution));
        }
        return kept;
    }

    /// <summary>The stretches of the rule between the row rules that cross it.</summary>
    private static IEnumerable<(double Top, double Bottom)> Rows(Rule rule, IReadOnlyList<Rule> horizontal, int resolution)
    {
        var slack = Math.Max(4, resolution / 30.0);
        var crossings = horizontal
            .Where(h => rule.Position >= h.From - slack && rule.Position <= h.To + slack && h.Position > rule.From + slack && h.Position < rule.To - slack)
            .Select(h => h.Position).Order().Prepend(rule.From).Append(rule.To).ToList();
        for (var i = 1; i < crossings.Count; i++)
            yield return (crossings[i - 1], crossings[i]);
    }

    /// <summary>Ink against the rule on either side, within a fiftieth of an inch past the strip the eraser paints,
    /// over rows of a row's inside (the row rules' own ink at its ends left out). A stem has its own arms against it
    /// ("E", "Ể", "F") though the letter before stands clear of it.</summary>
    private static bool InText(PixHandle binary, (int X, int Y, int W, int H) rule, (double Top, double Bottom) row, int resolution)
    {
        var margin = Math.Max(3, resolution / 25);
        var (top, bottom) = ((int)row.Top + margin, (int)row.Bottom - margin);
        if (bottom - top < margin) return false;
        var pad = Math.Max(2, resolution / 150);
        var reach = Math.Max(3, resolution / 50);
        var least = Math.Max(4, resolution / MinInkPerInch);
        return InkRows(binary, rule.X - pad - reach, top, reach, bottom - top) >= least
               || InkRows(binary, rule.X + rule.W + pad, top, reach, bottom - top) >= least;
    }

    /// <summary>Rows of ink needed on a side: a thirtieth of an inch, more than a row rule the rule finder missed is
    /// thick; the three arms of an "E" are more.</summary>
    private const int MinInkPerInch = 30;

    /// <summary>How many pixel rows of the strip hold ink (the union of its blobs' heights).</summary>
    private static int InkRows(PixHandle binary, int x, int y, int width, int height)
    {
        using var strip = PixClip.Cut(binary, Math.Max(0, x), y, width, height);
        if (strip.IsInvalid) return 0;
        using var boxes = LeptonicaApi.pixConnComp(strip, IntPtr.Zero, 8);
        if (boxes.IsInvalid) return 0;
        var rows = new bool[height];
        var count = Math.Min(LeptonicaApi.boxaGetCount(boxes), MaxBlobs);
        for (var i = 0; i < count; i++)
        {
            if (LeptonicaApi.boxaGetBoxGeometry(boxes, i, out _, out var by, out _, out var bh) != 0) continue;
            for (var r = Math.Max(0, by); r < Math.Min(height, by + bh); r++) rows[r] = true;
        }
        return rows.Count(r => r);
    }

    private const int MaxBlobs = 200;

    /// <summary>The part of the rule from <paramref name="from"/> to <paramref name="to"/>; none when it is too short to be a rule's.</summary>
    private static IEnumerable<(Rule, (int, int, int, int))> Piece((Rule Rule, (int X, int Y, int W, int H) Pixels) rule, double from, double to, int resolution)
    {
        if (from == rule.Pixels.Y && to == rule.Pixels.Y + rule.Pixels.H)
        {
            yield return rule;
            yield break;
        }
        if (to - from < Math.Max(4, resolution / 30)) yield break;
        yield return (rule.Rule with { From = from, To = to }, (rule.Pixels.X, (int)from, rule.Pixels.W, (int)(to - from)));
    }
}
