using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Tesseract orders blocks column by column, but sometimes puts a centred heading after the
/// paragraph below it. A paragraph that lies wholly above the one before it moves up, unless the two sit
/// on opposite halves of the page (the two-column letterhead, which reads left then right).</summary>
internal static class ReadingOrder
{
    public static List<List<OcrLine>> Fix(List<List<OcrLine>> paragraphs)
    {
        if (paragraphs.Count < 2) return paragraphs;
        var boxes = paragraphs.Select(p => OcrLine.Union(p.Select(l => l.Box))).ToList();
        var left = boxes.Min(b => b.Left);
        var right = boxes.Max(b => b.Right);
        var middle = (left + right) / 2;
        var margin = 0.05 * (right - left);
        var order = Enumerable.Range(0, paragraphs.Count).ToList();
        for (var i = 1; i < order.Count; i++)
        {
            for (var j = i; j > 0; j--)
            {
                var above = boxes[order[j - 1]];
                var current = boxes[order[j]];
                if (current.Bottom > above.Top || OppositeHalves(above, current, middle, margin)) break;
                (order[j - 1], order[j]) = (order[j], order[j - 1]);
            }
        }
        return order.Select(i => paragraphs[i]).ToList();
    }

    private static bool OppositeHalves(BoundingBox a, BoundingBox b, double middle, double margin)
    {
        var sideA = Side((a.Left + a.Right) / 2, middle, margin);
        var sideB = Side((b.Left + b.Right) / 2, middle, margin);
        return sideA != 0 && sideB != 0 && sideA != sideB;
    }

    private static int Side(double center, double middle, double margin) =>
        center < middle - margin ? -1 : center > middle + margin ? 1 : 0;
}
