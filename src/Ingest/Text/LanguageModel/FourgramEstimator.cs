namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The 4-gram layer of a backoff model: interpolated modified Kneser-Ney over raw 4-gram counts,
/// with the finished trigram model (as the decoder will query it) as the lower order. 4-grams seen fewer
/// than the cutoff are pruned; a history's backoff weight makes its pruned mass fall back exactly to the
/// trigram model. Histories of three &lt;s&gt; (the sentence's first word) are left to the trigram model,
/// which already scores that word after two &lt;s&gt;.</summary>
internal static class FourgramEstimator
{
    private const ulong ThreeStarts = 0; // (<s>, <s>, <s>): SentenceStart is id 0

    public static FourgramLayer Estimate(Dictionary<ulong, int> counts, Func<int, int, int, double> trigram,
        IReadOnlyDictionary<ulong, double> keptTrigrams, int cutoff)
    {
        var keys = counts.Keys.ToArray();
        Array.Sort(keys);
        var discounts = KneserNeyEstimator.Discounts(counts.Values);
        var kept = new List<ulong>();
        var keptLogs = new List<float>();
        var backoffKeys = new List<ulong>();
        var backoffLogs = new List<float>();
        for (var start = 0; start < keys.Length;)
        {
            var history = keys[start] >> 16;
            var end = start;
            while (end < keys.Length && keys[end] >> 16 == history) end++;
            // Only a kept trigram can be a history in the model (its position in the trigram table is the key).
            if (history != ThreeStarts && keptTrigrams.ContainsKey(history))
            {
                var weight = History(keys.AsSpan(start, end - start), counts, discounts, trigram, cutoff, kept, keptLogs);
                if (weight is { } w)
                {
                    backoffKeys.Add(history);
                    backoffLogs.Add((float)Math.Log10(w));
                }
            }
            start = end;
        }
        var (boCodes, boBook) = Quantizer.Quantise([.. backoffLogs]);
        var (codes, book) = Quantizer.Quantise([.. keptLogs]);
        return new FourgramLayer([.. backoffKeys], boCodes, boBook, [.. kept], codes, book);
    }

    /// <summary>Keeps the 4-grams of one history that pass the cutoff; its backoff weight, or null when none passed.</summary>
    private static double? History(ReadOnlySpan<ulong> group, Dictionary<ulong, int> counts, double[] discounts,
        Func<int, int, int, double> trigram, int cutoff, List<ulong> kept, List<float> keptLogs)
    {
        double total = 0, n1 = 0, n2 = 0, n3 = 0;
        foreach (var key in group)
        {
            var n = counts[key];
            total += n;
            if (n == 1) n1++; else if (n == 2) n2++; else n3++;
        }
        var gamma = (discounts[0] * n1 + discounts[1] * n2 + discounts[2] * n3) / total;
        double keptMass = 0, keptLower = 0;
        foreach (var key in group)
        {
            var n = counts[key];
            if (n < cutoff) continue;
            var lower = trigram((int)((key >> 32) & 0xFFFF), (int)((key >> 16) & 0xFFFF), (int)(key & 0xFFFF));
            var p = (n - KneserNeyEstimator.Discount(discounts, n)) / total + gamma * lower;
            kept.Add(key);
            keptLogs.Add((float)Math.Log10(p));
            keptMass += p;
            keptLower += lower;
        }
        return keptMass > 0 ? Math.Max(1e-12, 1 - keptMass) / Math.Max(1e-12, 1 - keptLower) : null;
    }
}
