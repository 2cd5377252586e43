using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Word-level edit distance between an OCR line and a window of the born-digital words, free at both ends
/// of the window: equal 0, same letters with another mark 1, other letters 2, a word dropped or added 1.5, one word
/// split in two or two joined 1.</summary>
public static class WordAlignment
{
    private const double Gap = 1.5;

    public static List<AlignedPair> Align(List<Token> ocr, List<Token> digital, int from, int to, out int first, out int last)
    {
        int n = ocr.Count, m = to - from;
        var cost = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++) cost[i, 0] = i * Gap;
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var d = digital[from + j - 1];
                var best = cost[i - 1, j - 1] + Substitution(ocr[i - 1], d);
                best = Math.Min(best, cost[i - 1, j] + Gap);
                best = Math.Min(best, cost[i, j - 1] + Gap);
                if (i >= 2 && ocr[i - 2].Key + ocr[i - 1].Key == d.Key) best = Math.Min(best, cost[i - 2, j - 1] + 1);
                if (j >= 2 && digital[from + j - 2].Key + d.Key == ocr[i - 1].Key) best = Math.Min(best, cost[i - 1, j - 2] + 1);
                cost[i, j] = best;
            }
        }
        var end = 0;
        for (var j = 1; j <= m; j++) if (cost[n, j] < cost[n, end]) end = j;
        return Trace(ocr, digital, from, cost, n, end, out first, out last);
    }

    private static List<AlignedPair> Trace(List<Token> ocr, List<Token> digital, int from, double[,] cost, int i, int j, out int first, out int last)
    {
        var pairs = new List<AlignedPair>();
        first = int.MaxValue;
        last = -1;
        while (i > 0 && j > 0)
        {
            var d = digital[from + j - 1];
            var here = cost[i, j];
            if (Near(here, cost[i - 1, j - 1] + Substitution(ocr[i - 1], d)))
            {
                pairs.Add(new AlignedPair(d.Word, ocr[i - 1].Word, Kind(ocr[i - 1], d)));
                i--; j--;
            }
            else if (i >= 2 && ocr[i - 2].Key + ocr[i - 1].Key == d.Key && Near(here, cost[i - 2, j - 1] + 1))
            {
                pairs.Add(new AlignedPair(d.Word, ocr[i - 2].Word + " " + ocr[i - 1].Word, PairKind.SplitOrJoined));
                i -= 2; j--;
            }
            else if (j >= 2 && digital[from + j - 2].Key + d.Key == ocr[i - 1].Key && Near(here, cost[i - 1, j - 2] + 1))
            {
                pairs.Add(new AlignedPair(digital[from + j - 2].Word + " " + d.Word, ocr[i - 1].Word, PairKind.SplitOrJoined));
                first = Math.Min(first, from + j - 2);
                i--; j -= 2;
            }
            else if (Near(here, cost[i - 1, j] + Gap))
            {
                pairs.Add(new AlignedPair(null, ocr[i - 1].Word, PairKind.OtherLetters));
                i--;
                continue;
            }
            else
            {
                pairs.Add(new AlignedPair(d.Word, null, PairKind.Dropped));
                j--;
            }
            first = Math.Min(first, from + j);
            last = Math.Max(last, from + j);
        }
        for (; i > 0; i--) pairs.Add(new AlignedPair(null, ocr[i - 1].Word, PairKind.OtherLetters));
        if (last < 0) first = last = from;
        // Words dropped at the window's edges are outside the line, not lost from it.
        pairs.Reverse();
        TrimDropped(pairs);
        return pairs;
    }

    private static void TrimDropped(List<AlignedPair> pairs)
    {
        while (pairs.Count > 0 && pairs[0].Kind == PairKind.Dropped) pairs.RemoveAt(0);
        while (pairs.Count > 0 && pairs[^1].Kind == PairKind.Dropped) pairs.RemoveAt(pairs.Count - 1);
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 1e-9;

    private static double Substitution(Token o, Token d) => o.Word == d.Word ? 0 : o.Key == d.Key ? 1 : 2;

    public static PairKind Kind(Token o, Token d)
    {
        if (o.Word == d.Word) return PairKind.Correct;
        if (o.Key != d.Key) return PairKind.OtherLetters;
        return SyllableInventory.Default.ContainsCanonical(o.Word) ? PairKind.WrongMark : PairKind.NonSyllable;
    }
}
