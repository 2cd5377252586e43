using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Lines (in reading order) → paragraphs. A new paragraph starts at a new Tesseract block, after a
/// vertical gap wider than a line, at a list marker, or after a line that ends well short of the block's
/// right edge with closing punctuation, or after a centred line (a title's) when the next is not centred.</summary>
internal static class ParagraphBuilder
{
    public static List<List<OcrLine>> Split(IReadOnlyList<OcrLine> lines)
    {
        var paragraphs = new List<List<OcrLine>>();
        if (lines.Count == 0) return paragraphs;
        var lineHeight = Median(lines.Select(l => l.Box.Height));
        var blockRight = lines.GroupBy(l => l.BlockId).ToDictionary(g => g.Key, g => g.Max(l => l.Box.Right));
        var blockLeft = lines.GroupBy(l => l.BlockId).ToDictionary(g => g.Key, g => g.Min(l => l.Box.Left));

        List<OcrLine>? current = null;
        OcrLine? previous = null;
        foreach (var line in lines)
        {
            if (current is null || previous is null || StartsNew(previous, line, lineHeight, blockLeft, blockRight))
            {
                current = [];
                paragraphs.Add(current);
            }
            current.Add(line);
            previous = line;
        }
        return paragraphs;
    }

    private static bool StartsNew(OcrLine previous, OcrLine line, double lineHeight,
        Dictionary<int, double> blockLeft, Dictionary<int, double> blockRight)
    {
        if (line.BlockId != previous.BlockId) return true;
        if (line.Box.Top - previous.Box.Bottom > 0.9 * lineHeight) return true;
        if (line.Box.Top < previous.Box.Top) return true;
        if (TextJoiner.StartsListItem(line.Text)) return true;
        // A heading in capitals ends where ordinary text starts, and starts where ordinary text ends, even
        // without a gap (a title right under the date line).
        if ((BlockClassifier.Classify(previous.Text) == TextKind.Heading) != (BlockClassifier.Classify(line.Text) == TextKind.Heading)) return true;
        var width = blockRight[line.BlockId] - blockLeft[line.BlockId];
        // A centred line (a title's last line, "giai đoạn 2025 - 2027") ends before a line that is not centred (the
        // first "Căn cứ …" of the body): Tesseract often gives both one block.
        if (Centred(previous, blockLeft[line.BlockId], width) && !Centred(line, blockLeft[line.BlockId], width)) return true;
        var shortLine = previous.Box.Right < blockRight[previous.BlockId] - 0.2 * width;
        var closed = previous.Text.Length > 0 && ".:;!?".Contains(previous.Text[^1]);
        return shortLine && closed;
    }

    /// <summary>Indented from the block's left by a tenth of its width at least, by as much as from its right.</summary>
    private static bool Centred(OcrLine line, double left, double width)
    {
        var before = line.Box.Left - left;
        var after = left + width - line.Box.Right;
        return before > CentredIndent * width && Math.Abs(before - after) < CentredBalance * width;
    }

    private const double CentredIndent = 0.1;
    private const double CentredBalance = 0.05;

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
