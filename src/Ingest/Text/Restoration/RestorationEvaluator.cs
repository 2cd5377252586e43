using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Syllable accuracy of a repair against accented truth: every truth word that is a Vietnamese
/// syllable counts; "ambiguous" ones are those whose bare form has more than one accented reading.</summary>
public sealed record RestorationScore(int Syllables, int Correct, int Ambiguous, int AmbiguousCorrect)
{
    public double Accuracy => Syllables == 0 ? 0 : (double)Correct / Syllables;
    public double AmbiguousAccuracy => Ambiguous == 0 ? 0 : (double)AmbiguousCorrect / Ambiguous;
    public RestorationScore Add(RestorationScore o) => new(Syllables + o.Syllables, Correct + o.Correct, Ambiguous + o.Ambiguous, AmbiguousCorrect + o.AmbiguousCorrect);
    public override string ToString() => $"{Accuracy:P2} of {Syllables:N0} syllables; ambiguous {AmbiguousAccuracy:P2} of {Ambiguous:N0}";
}

public static class RestorationEvaluator
{
    /// <summary>The truth with every mark removed (same length, so positions line up).</summary>
    public static string StripMarks(string truth)
    {
        var chars = VietnameseFolding.Nfc(truth).ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = VietnameseLetters.Bare(chars[i]);
        return new string(chars);
    }

    /// <summary>Compares word by word. When the two sides have different word counts (OCR splits and
    /// merges words) they are aligned first (edit distance over words); a truth syllable with no partner is wrong.</summary>
    public static RestorationScore Score(string truth, string repaired, Func<string, bool>? isAmbiguous = null)
    {
        var inventory = SyllableInventory.Default;
        isAmbiguous ??= t => inventory.Candidates(SyllableInventory.BareKey(t)).Count > 1;
        var truthWords = Words(VietnameseFolding.Nfc(truth));
        var outWords = Words(VietnameseFolding.Nfc(repaired));
        var partner = truthWords.Count == outWords.Count ? Enumerable.Range(0, truthWords.Count).ToArray() : Align(truthWords, outWords);
        int n = 0, ok = 0, amb = 0, ambOk = 0;
        for (var i = 0; i < truthWords.Count; i++)
        {
            var t = TonePlacement.Canonical(truthWords[i].ToLowerInvariant());
            if (!inventory.ContainsCanonical(t)) continue;
            var o = partner[i] >= 0 ? TonePlacement.Canonical(outWords[partner[i]].ToLowerInvariant()) : "";
            var ambiguous = isAmbiguous(t);
            n++;
            if (ambiguous) amb++;
            if (o == t)
            {
                ok++;
                if (ambiguous) ambOk++;
            }
        }
        return new RestorationScore(n, ok, amb, ambOk);
    }

    private static int[] Align(List<string> a, List<string> b)
    {
        var cost = new int[a.Count + 1, b.Count + 1];
        for (var i = 0; i <= a.Count; i++) cost[i, 0] = i;
        for (var j = 0; j <= b.Count; j++) cost[0, j] = j;
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                var same = SyllableInventory.BareKey(a[i - 1]) == SyllableInventory.BareKey(b[j - 1]) ? 0 : 1;
                cost[i, j] = Math.Min(Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1), cost[i - 1, j - 1] + same);
            }
        }
        var partner = Enumerable.Repeat(-1, a.Count).ToArray();
        int x = a.Count, y = b.Count;
        while (x > 0 && y > 0)
        {
            var same = SyllableInventory.BareKey(a[x - 1]) == SyllableInventory.BareKey(b[y - 1]) ? 0 : 1;
            if (cost[x, y] == cost[x - 1, y - 1] + same) { partner[x - 1] = y - 1; x--; y--; }
            else if (cost[x, y] == cost[x - 1, y] + 1) x--;
            else y--;
        }
        return partner;
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '\'', '‘', '’', '-', '–', '…', '[', ']', '/'))
            .Where(w => w.Length > 0).ToList();
}
