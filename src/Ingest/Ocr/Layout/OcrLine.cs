using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Words of one text line, left to right, with their joint box and mean confidence.</summary>
internal sealed record OcrLine(IReadOnlyList<OcrWord> Words, BoundingBox Box, int BlockId)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
    public double Confidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
    public double CenterY => (Box.Top + Box.Bottom) / 2;

    public static OcrLine From(IReadOnlyList<OcrWord> words)
    {
        var sorted = words.OrderBy(w => w.Box.Left).ToList();
        return new OcrLine(sorted, Union(sorted.Select(w => w.Box)), sorted[0].BlockId);
    }

    public static BoundingBox Union(IEnumerable<BoundingBox> boxes)
    {
        double l = double.MaxValue, t = double.MaxValue, r = double.MinValue, b = double.MinValue;
        foreach (var box in boxes)
        {
            l = Math.Min(l, box.Left);
            t = Math.Min(t, box.Top);
            r = Math.Max(r, box.Right);
            b = Math.Max(b, box.Bottom);
        }
        return l == double.MaxValue ? default : new BoundingBox(l, t, r, b);
    }
}
