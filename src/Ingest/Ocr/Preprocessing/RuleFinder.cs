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
        var horizontal = Components(horizontalPix, resolution, isHorizontal: true, 0);
        // Vertical runs from an eighth of an inch: a third of an inch and longer are rules; shorter ones are a
        // one-line header row's separators where a merged row below cuts the rule (or tall glyphs), kept apart.
        var candidates = Components(verticalPix, resolution, isHorizontal: false, MaxRules * 10);
        var vertical = candidates.Where(r => r.Rule.To - r.Rule.From >= LongVertical(resolution)).Take(MaxRules).ToList();
        var stubs = candidates.Where(r => r.Rule.To - r.Rule.From < LongVertical(resolution)).Select(r => r.Rule).ToList();
        if (vertical.Count >= 2)
        {
            var pad = Math.Max(2, resolution / 150);
            var paper = PixPaint.Background(gray);
            foreach (var (x, y, w, h) in horizontal.Select(r => r.Pixels))
                PixPaint.FillThroughMask(gray, horizontalPix, x, y, w, h, pad, paper);
            foreach (var (x, y, w, h) in vertical.Select(r => r.Pixels))
                PixPaint.Fill(gray, x - pad, y - pad, w + 2 * pad, h + 2 * pad, paper);
        }
        return new RulingLines(horizontal.Select(r => r.Rule).ToList(), vertical.Select(r => r.Rule).ToList()) { Stubs = stubs };
    }

    /// <summary>A rule is thin; a thick dark run is a photo's shadow or a filled area, never erased. At the light
    /// threshold a blurred 150-dpi rule scaled to 300 dpi is 8 px thick: a twenty-fifth of an inch is allowed.</summary>
    private static int MaxThickness(int resolution) => Math.Max(3, resolution / 25);

    private static int LongVertical(int resolution) => Math.Max(15, resolution / 3);

    /// <summary>How far a horizontal rule may drift up or down along an inch and still be one rule: a hundredth of
    /// an inch (3 px at 300 dpi).</summary>
    private static int BowSlack(int resolution) => Math.Max(2, resolution / 100);

    /// <summary>The height a horizontal rule's box may have: its thickness, the slack it was thickened by, and its
    /// bow over its whole length (a hundredth of that length: 12 px over a 1,200 px table).</summary>
    private static int MaxBoxHeight(int resolution, int width) => MaxThickness(resolution) + BowSlack(resolution) + width / 100;

    /// <summary>A line within a hundredth of an inch of the image's border is the sheet's edge, never a printed rule
    /// (no printer inks that close to the paper's edge): a straightened photo keeps a sliver of the paper's rim or of
    /// the desk, dewarping leaves its outermost column dark, a scanner's lid throws a shadow. Taken for a rule, such a
    /// page-tall line joined every table of the page into one grid as wide as the sheet.</summary>
    private static int EdgeMargin(int resolution) => Math.Max(2, resolution / 100);

    /// <summary>Straight runs in one direction: a short opening drops glyphs, a closing bridges the gaps a faint
    /// or broken rule has after printing and scanning, and a long opening keeps only what is longer than any
    /// glyph or word: an inch across (the serifs of a blurred serif word touch along its baseline, and a
    /// Vietnamese syllable is never that long), an eighth of an inch down (sorted by length by the caller).
    /// The bricks scale with the resolution.</summary>
    private static PixHandle Lines(PixHandle binary, int resolution, bool horizontal)
    {
        var shortRun = Math.Max(6, resolution / 15);
        var gap = Math.Max(4, resolution / 30);
        var longRun = horizontal ? Math.Max(40, resolution) : Math.Max(8, resolution / 8);
        using var pieces = horizontal
            ? LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, shortRun, 1)
            : LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, 1, shortRun);
        if (pieces.IsInvalid) return pieces;
        // A photographed sheet that did not lie flat bows its rules by a few pixels even after dewarping, more
        // towards its sides: a one-pixel-high inch brick then keeps only the flattest middle of each rule, and the
        // rows of the columns left without it merge. Thickened by the bow an inch may hold, the rule stays whole.
        using var slack = horizontal ? LeptonicaDewarpApi.pixDilateBrick(IntPtr.Zero, pieces, 1, BowSlack(resolution)) : new PixHandle();
        using var bridged = horizontal
            ? LeptonicaApi.pixCloseCompBrickDwa(IntPtr.Zero, slack.IsInvalid ? pieces : slack, gap, 1)
            : LeptonicaApi.pixCloseCompBrickDwa(IntPtr.Zero, pieces, 1, gap);
        if (bridged.IsInvalid) return LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, binary, horizontal ? longRun : 1, horizontal ? 1 : longRun);
        return horizontal
            ? LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, bridged, longRun, 1)
            : LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, bridged, 1, longRun);
    }

    private static List<(Rule Rule, (int X, int Y, int W, int H) Pixels)> Components(PixHandle opened, int resolution, bool isHorizontal,
        int cap)
    {
        var edge = EdgeMargin(resolution);
        var extent = isHorizontal ? opened.Height : opened.Width;
        var rules = new List<(Rule, (int, int, int, int))>();
        using var boxes = LeptonicaApi.pixConnComp(opened, IntPtr.Zero, 8);
        if (boxes.IsInvalid) return rules;
        var count = LeptonicaApi.boxaGetCount(boxes);
        cap = cap > 0 ? cap : MaxRules;
        for (var i = 0; i < count && rules.Count < cap; i++)
        {
            if (LeptonicaApi.boxaGetBoxGeometry(boxes, i, out var x, out var y, out var w, out var h) != 0) continue;
            if (isHorizontal ? h > MaxBoxHeight(resolution, w) : w > MaxThickness(resolution)) continue;
            var (start, thickness) = isHorizontal ? (y, h) : (x, w);
            if (start < edge || start + thickness > extent - edge) continue;
            var rule = isHorizontal ? new Rule(y + h / 2.0, x, x + w) : new Rule(x + w / 2.0, y, y + h);
            rules.Add((rule, (x, y, w, h)));
        }
        rules.Sort((a, b) => a.Item1.Position.CompareTo(b.Item1.Position));
        return rules;
    }
}
