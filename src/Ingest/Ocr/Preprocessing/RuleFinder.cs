using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Finds table ruling lines and erases them from the page: morphology with long thin bricks keeps
/// only straight runs longer than any glyph; their thin connected components are the rules.
/// Erasing them stops Tesseract from reading a vertical rule as "|" or "l" and gluing cells together.</summary>
internal static class RuleFinder
{
    private const int MaxRules = 400;

    /// <summary>Gray level under which a pixel may belong to a rule. The page's background is flattened to
    /// about 200 first, and a printed hairline rule comes out of a scanner at 120–190; only long straight runs
    /// of such pixels survive the opening below, so noise and light text do not become rules.</summary>
    private const int RuleThreshold = 185;

    public static RulingLines FindAndErase(PixHandle gray, int resolution)
    {
        using var binary = LeptonicaApi.pixThresholdToBinary(gray, RuleThreshold);
        if (binary.IsInvalid) return RulingLines.None;
        using var horizontalPix = Lines(binary, resolution, horizontal: true);
        using var verticalPix = Lines(binary, resolution, horizontal: false);
        if (horizontalPix.IsInvalid || verticalPix.IsInvalid) return RulingLines.None;
        // A rule is thin; a thick dark run is a photo's shadow or a filled area, never erased.
        var maxThickness = Math.Max(3, resolution / 40);
        var horizontal = Components(horizontalPix, maxThickness, isHorizontal: true);
        var vertical = Components(verticalPix, maxThickness, isHorizontal: false);
        if (vertical.Count >= 2)
        {
            var pad = Math.Max(2, resolution / 150);
            var paper = PixPaint.Background(gray);
            foreach (var (x, y, w, h) in horizontal.Concat(vertical).Select(r => r.Pixels))
                PixPaint.Fill(gray, x - pad, y - pad, w + 2 * pad, h + 2 * pad, paper);
        }
        return new RulingLines(horizontal.Select(r => r.Rule).ToList(), vertical.Select(r => r.Rule).ToList());
    }

    /// <summary>Straight runs in one direction: a short opening drops glyphs, a closing bridges the gaps a faint
    /// or broken rule has after printing and scanning, and a long opening keeps only what is longer than any
    /// glyph or word: an inch across (the serifs of a blurred serif word touch along its baseline, and a
    /// Vietnamese syllable is never that long), a third of an inch down (shorter than a one-line row's
    /// vertical rule once it joins the rows above and below). The bricks scale with the resolution.</summary>
    private static PixHandle Lines(PixHandle binary, int resolution, bool horizontal)
    {
        var shortRun = Math.Max(6, resolution / 15);
        var gap = Math.Max(4, resolution / 30);
        var longRun = horizontal ? Math.Max(40, resolution) : Math.Max(15, resolution / 3);
        using var pieces = horizontal
            ? LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, shortRun, 1)
            : LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, 1, shortRun);
        if (pieces.IsInvalid) return pieces;
        using var bridged = horizontal
            ? LeptonicaApi.pixCloseCompBrickDwa(IntPtr.Zero, pieces, gap, 1)
            : LeptonicaApi.pixCloseCompBrickDwa(IntPtr.Zero, pieces, 1, gap);
        if (bridged.IsInvalid) return LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, horizontal ? longRun : 1, horizontal ? 1 : longRun);
        return horizontal
            ? LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, bridged, longRun, 1)
            : LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, bridged, 1, longRun);
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
