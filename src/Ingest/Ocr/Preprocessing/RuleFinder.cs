using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Finds table ruling lines and erases them from the page: a morphological opening with a long thin
/// brick keeps only straight runs longer than any glyph; their thin connected components are the rules.
/// Erasing them stops Tesseract from reading a vertical rule as "|" or "l" and gluing cells together.</summary>
internal static class RuleFinder
{
    private const int MaxRules = 400;

    public static RulingLines FindAndErase(PixHandle gray, int resolution)
    {
        using var binary = LeptonicaApi.pixThresholdToBinary(gray, 160);
        if (binary.IsInvalid) return RulingLines.None;
        // Half an inch across, a third of an inch down: longer than glyphs and underlines of single words,
        // shorter than a one-line table row's vertical rule once it joins the rows above and below.
        using var horizontalPix = LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, Math.Max(20, resolution / 2), 1);
        using var verticalPix = LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, 1, Math.Max(15, resolution / 3));
        if (horizontalPix.IsInvalid || verticalPix.IsInvalid) return RulingLines.None;
        // A rule is thin; a thick dark run is a photo's shadow or a filled area, never erased.
        var maxThickness = Math.Max(3, resolution / 40);
        var horizontal = Components(horizontalPix, maxThickness, isHorizontal: true);
        var vertical = Components(verticalPix, maxThickness, isHorizontal: false);
        if (vertical.Count >= 2)
        {
            var pad = Math.Max(2, resolution / 150);
            foreach (var (x, y, w, h) in horizontal.Concat(vertical).Select(r => r.Pixels))
                LeptonicaApi.pixRasterop(gray, x - pad, y - pad, w + 2 * pad, h + 2 * pad, LeptonicaApi.PixSet, IntPtr.Zero, 0, 0);
        }
        return new RulingLines(horizontal.Select(r => r.Rule).ToList(), vertical.Select(r => r.Rule).ToList());
    }

    private static List<(Rule Rule, (int X, int Y, int W, int H) Pixels)> Components(PixHandle opened, int maxThickness, bool isHorizontal)
    {
        var rules = new List<(Rule, (int, int, int, int))>();
        using var boxes = LeptonicaApi.pixConnComp(opened, IntPtr.Zero, 8);
        if (boxes.IsInvalid) return rules;
        var count = LeptonicaApi.boxaGetCount(boxes);
        for (var i = 0; i < count && rules.Count < MaxRules; i++)
        {
            if (LeptonicaApi.boxaGetBoxGeometry(boxes, i, out var x, out var y, out var w, out var h) != 0) continue;
            if ((isHorizontal ? h : w) > maxThickness) continue;
            var rule = isHorizontal ? new Rule(y + h / 2.0, x, x + w) : new Rule(x + w / 2.0, y, y + h);
            rules.Add((rule, (x, y, w, h)));
        }
        rules.Sort((a, b) => a.Item1.Position.CompareTo(b.Item1.Position));
        return rules;
    }
}
