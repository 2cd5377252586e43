using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Reads a letterhead as the two columns it is. An official document opens with two columns
/// (issuing body | Quốc hiệu; "Số: …" | place and date) whose lines share baselines, so Tesseract often
/// makes one text line of "Số: 96/KH-THXL   Xuân Lai, ngày 07 tháng 10 năm 2024" and the number and date
/// are lost. Lines at the top of the page with a gap much wider than a word space are cut at the gap;
/// from the first such line down to the first one that crosses the gap, the lines become the left column, then the right column,
/// each line its own paragraph (capital lines running on in one column stay together: a wrapped name).</summary>
internal static class MastheadColumns
{
    /// <summary>The letterhead is in the top part of a page; lower down a wide gap is a table or a signature.</summary>
    private const double TopShare = 0.4;

    /// <summary>A gap this many line heights wide is between columns; justified text never spaces words so far.</summary>
    private const double GapInLineHeights = 2.5;

    /// <summary>Block ids given to masthead lines, out of the range Tesseract uses on a page.</summary>
    private const int FirstBlockId = 1_000_000;

    public static List<OcrLine> Split(List<OcrLine> lines, double pageHeight)
    {
        var top = lines.Where(l => l.Box.Top < TopShare * pageHeight).OrderBy(l => l.Box.Top).ToList();
        var firstSplit = top.FindIndex(l => WidestGapSpan(l) is not null);
        if (firstSplit < 0) return lines;
        // A running header across the page may sit above the letterhead; the letterhead's first wide gap opens it.
        var letterhead = top.Skip(firstSplit).ToList();
        var boundary = Boundary(letterhead);

        var left = new List<OcrLine>();
        var right = new List<OcrLine>();
        foreach (var line in letterhead)
        {
            var (l, r) = Cut(line, boundary);
            if (l is null && r is null) break;
            if (l is not null) left.Add(l);
            if (r is not null) right.Add(r);
        }
        if (left.Count == 0 || right.Count == 0 || !left.Concat(right).Any(IsQuocHieu)) return lines;
        var taken = left.Concat(right).SelectMany(l => l.Words).ToHashSet(ReferenceEqualityComparer.Instance);
        return Column(left, FirstBlockId).Concat(Column(right, FirstBlockId + left.Count))
            .Concat(lines.Where(l => !l.Words.Any(taken.Contains)))
            .ToList();
    }

    /// <summary>Where the columns part: inside every wide gap at once when the gaps overlap (a centred, wrapped
    /// "VIỆT NAM" leaves a gap reaching far into the right column), at the place no letterhead line crosses.</summary>
    private static double Boundary(List<OcrLine> letterhead)
    {
        var gaps = letterhead.Select(WidestGapSpan).OfType<(double From, double To)>().ToList();
        var from = gaps.Max(g => g.From);
        var to = gaps.Min(g => g.To);
        if (from >= to) return ParagraphBuilder.Median(gaps.Select(g => (g.From + g.To) / 2));
        var lastSplit = letterhead.FindLastIndex(l => WidestGapSpan(l) is not null);
        var above = letterhead.Take(lastSplit + 1).ToList();
        return new[] { from + 1, (from + to) / 2, to - 1 }.MinBy(x => above.Count(l => Crosses(l, x)));
    }

    private static bool Crosses(OcrLine line, double x) => line.Words.Any(w => w.Box.Left < x && w.Box.Right > x);

    /// <summary>The line's widest gap between words, when it is wide enough to part columns.</summary>
    private static (double From, double To)? WidestGapSpan(OcrLine line)
    {
        var height = ParagraphBuilder.Median(line.Words.Select(w => w.Box.Height));
        (double, double)? best = null;
        var widest = GapInLineHeights * height;
        for (var i = 1; i < line.Words.Count; i++)
        {
            var gap = line.Words[i].Box.Left - line.Words[i - 1].Box.Right;
            if (gap <= widest) continue;
            widest = gap;
            best = (line.Words[i - 1].Box.Right, line.Words[i].Box.Left);
        }
        return best;
    }

    /// <summary>The line's words left and right of the boundary; (null, null) when the line is one centred line
    /// (the title below the letterhead): a word straddles the boundary, or words stand on both sides with no
    /// column gap between them ("KẾ | HOẠCH" centred on the boundary).</summary>
    private static (OcrLine? Left, OcrLine? Right) Cut(OcrLine line, double boundary)
    {
        if (Crosses(line, boundary)) return (null, null);
        var left = line.Words.Where(w => w.Box.Right <= boundary).ToList();
        var right = line.Words.Where(w => w.Box.Left >= boundary).ToList();
        if (left.Count > 0 && right.Count > 0 && WidestGapSpan(line) is null) return (null, null);
        return (left.Count > 0 ? OcrLine.From(left) : null, right.Count > 0 ? OcrLine.From(right) : null);
    }

    /// <summary>Top to bottom, each line a block of its own except capitals continuing capitals.</summary>
    private static IEnumerable<OcrLine> Column(List<OcrLine> lines, int firstId)
    {
        var id = firstId;
        OcrLine? previous = null;
        foreach (var line in lines.OrderBy(l => l.Box.Top))
        {
            var runsOn = previous is not null && IsCapitals(previous) && IsCapitals(line);
            if (previous is not null && !runsOn) id++;
            previous = line;
            yield return line with { BlockId = id };
        }
    }

    /// <summary>Every official letterhead carries the Quốc hiệu; two columns of words without it at the top of a
    /// page are a table's rows or a form, which must keep their row order.</summary>
    private static bool IsQuocHieu(OcrLine line)
    {
        var folded = Parsing.Folded.Of(line.Text);
        return folded.Contains("cong hoa", StringComparison.Ordinal) || folded.Contains("doc lap", StringComparison.Ordinal);
    }

    /// <summary>"Số: 96/KH-THXL" is mostly capitals too, but it is the number's own line.</summary>
    private static bool IsCapitals(OcrLine line) =>
        BlockClassifier.Classify(line.Text) == TextKind.Heading && !Parsing.DocumentNumberReader.IsNumberLine(line.Text);
}
