namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Options for estimation. Trigrams seen fewer than <see cref="TrigramCutoff"/> times and bigrams
/// with a continuation count below <see cref="BigramCutoff"/> are pruned; their mass goes to backoff.
/// <see cref="FourgramCutoff"/> above 0 adds a 4-gram layer keeping the 4-grams seen at least that often
/// (it must be at least the trigram cutoff, so every kept 4-gram's history is a kept trigram).</summary>
public sealed record KneserNeyOptions(int TrigramCutoff = 2, int BigramCutoff = 1, int FourgramCutoff = 0);

/// <summary>Interpolated modified Kneser-Ney (three discounts per order, Chen &amp; Goodman) for a syllable
/// trigram model, converted to backoff form so pruned n-grams fall back exactly to the lower order; an
/// optional 4-gram layer on top (<see cref="FourgramEstimator"/>).</summary>
internal static class KneserNeyEstimator
{
    /// <param name="fourgramCounts">Raw 4-gram counts; used only when <see cref="KneserNeyOptions.FourgramCutoff"/> is above 0.</param>
    public static LanguageModelData Estimate(Dictionary<ulong, int> trigramCounts, Dictionary<ulong, int> fourgramCounts, IReadOnlyList<string> vocabulary, KneserNeyOptions options)
    {
        if (options.FourgramCutoff > 0 && options.FourgramCutoff < options.TrigramCutoff)
            throw new ArgumentException("the 4-gram cutoff must be at least the trigram cutoff", nameof(options));
        var v = vocabulary.Count;
        var trigramKeys = trigramCounts.Keys.ToArray();
        Array.Sort(trigramKeys);

        // Continuation counts of bigrams: distinct left words; after <s> the raw count (nothing precedes <s>).
        var bigramCounts = new Dictionary<ulong, int>();
        foreach (var key in trigramKeys)
        {
            var (a, b, c) = Split3(key);
            var bc = NgramKeys.Key(b, c);
            var add = b == SyllableLanguageModel.SentenceStart ? trigramCounts[key] : 1;
            bigramCounts[bc] = bigramCounts.GetValueOrDefault(bc) + add;
            _ = a;
        }
        var bigramKeys = bigramCounts.Keys.ToArray();
        Array.Sort(bigramKeys);

        // Unigram continuation counts: distinct left words of each syllable.
        var unigramCont = new double[v];
        foreach (var key in bigramKeys) unigramCont[(int)(key & 0xFFFF)] += 1;
        var contTotal = unigramCont.Sum();
        var unigram = new double[v];
        for (var c = 0; c < v; c++) unigram[c] = (unigramCont[c] + 0.1) / (contTotal + 0.1 * v);
        unigram[SyllableLanguageModel.SentenceStart] = 1e-9;

        var d2 = Discounts(bigramCounts.Values);
        var d3 = Discounts(trigramCounts.Values);

        // Bigrams: interpolate with unigrams, keep those above the cutoff, backoff weight per history.
        var bigramProb = new Dictionary<ulong, double>(bigramKeys.Length);
        var unigramBackoff = new float[v];
        var keptBigrams = new List<ulong>();
        var keptBigramLogs = new List<float>();
        var bigramBackoffOf = new double[v];
        for (var start = 0; start < bigramKeys.Length;)
        {
            var b = (int)(bigramKeys[start] >> 16);
            var end = start;
            while (end < bigramKeys.Length && (int)(bigramKeys[end] >> 16) == b) end++;
            double total = 0, n1 = 0, n2 = 0, n3 = 0;
            for (var i = start; i < end; i++)
            {
                var n = bigramCounts[bigramKeys[i]];
                total += n;
                if (n == 1) n1++; else if (n == 2) n2++; else n3++;
            }
            var gamma = (d2[0] * n1 + d2[1] * n2 + d2[2] * n3) / total;
            double keptMass = 0, keptLower = 0;
            for (var i = start; i < end; i++)
            {
                var key = bigramKeys[i];
                var c = (int)(key & 0xFFFF);
                var n = bigramCounts[key];
                var p = (n - Discount(d2, n)) / total + gamma * unigram[c];
                if (n >= options.BigramCutoff)
                {
                    bigramProb[key] = p;
                    keptBigrams.Add(key);
                    keptBigramLogs.Add((float)Math.Log10(p));
                    keptMass += p;
                    keptLower += unigram[c];
                }
            }
            bigramBackoffOf[b] = Math.Max(1e-12, 1 - keptMass) / Math.Max(1e-12, 1 - keptLower);
            unigramBackoff[b] = (float)Math.Log10(bigramBackoffOf[b]);
            start = end;
        }

        double Bigram(int b, int c) => bigramProb.TryGetValue(NgramKeys.Key(b, c), out var p) ? p : bigramBackoffOf[b] * unigram[c];

        // Trigrams: interpolate with the bigram model as it will be queried, prune, backoff per history.
        var keptTrigrams = new List<ulong>();
        var keptTrigramLogs = new List<float>();
        var backoffKeys = new List<ulong>();
        var backoffLogs = new List<float>();
        var layered = options.FourgramCutoff > 0;
        var trigramProb = new Dictionary<ulong, double>(layered ? trigramKeys.Length / 2 : 0);
        var trigramBackoffOf = new Dictionary<ulong, double>();
        for (var start = 0; start < trigramKeys.Length;)
        {
            var history = trigramKeys[start] >> 16;
            var end = start;
            while (end < trigramKeys.Length && trigramKeys[end] >> 16 == history) end++;
            double total = 0, n1 = 0, n2 = 0, n3 = 0;
            for (var i = start; i < end; i++)
            {
                var n = trigramCounts[trigramKeys[i]];
                total += n;
                if (n == 1) n1++; else if (n == 2) n2++; else n3++;
            }
            var gamma = (d3[0] * n1 + d3[1] * n2 + d3[2] * n3) / total;
            var b = (int)(history & 0xFFFF);
            double keptMass = 0, keptLower = 0;
            for (var i = start; i < end; i++)
            {
                var key = trigramKeys[i];
                var n = trigramCounts[key];
                if (n < options.TrigramCutoff) continue;
                var c = (int)(key & 0xFFFF);
                var lower = Bigram(b, c);
                var p = (n - Discount(d3, n)) / total + gamma * lower;
                keptTrigrams.Add(key);
                keptTrigramLogs.Add((float)Math.Log10(p));
                if (layered) trigramProb[key] = p;
                keptMass += p;
                keptLower += lower;
            }
            if (keptMass > 0)
            {
                var weight = Math.Max(1e-12, 1 - keptMass) / Math.Max(1e-12, 1 - keptLower);
                backoffKeys.Add(history);
                backoffLogs.Add((float)Math.Log10(weight));
                if (layered) trigramBackoffOf[history] = weight;
            }
            start = end;
        }

        // The trigram model as it will be queried: the lower order of the 4-gram layer.
        double Trigram(int b, int c, int d) =>
            trigramProb.TryGetValue(NgramKeys.Key(b, c, d), out var p) ? p
            : trigramBackoffOf.GetValueOrDefault(NgramKeys.Key(b, c), 1.0) * Bigram(c, d);
        var fourgrams = layered ? FourgramEstimator.Estimate(fourgramCounts, Trigram, trigramProb, options.FourgramCutoff) : null;

        var (bCodes, bBook) = Quantizer.Quantise([.. keptBigramLogs]);
        var (boCodes, boBook) = Quantizer.Quantise([.. backoffLogs]);
        var (tCodes, tBook) = Quantizer.Quantise([.. keptTrigramLogs]);
        return new LanguageModelData(
            [.. vocabulary], unigram.Select(p => (float)Math.Log10(p)).ToArray(), unigramBackoff,
            [.. keptBigrams], bCodes, bBook,
            [.. backoffKeys], boCodes, boBook,
            [.. keptTrigrams], tCodes, tBook) { Fourgrams = fourgrams };
    }

    private static (int, int, int) Split3(ulong key) => ((int)(key >> 32), (int)((key >> 16) & 0xFFFF), (int)(key & 0xFFFF));

    internal static double Discount(double[] d, int n) => n switch { 0 => 0, 1 => d[0], 2 => d[1], _ => d[2] };

    /// <summary>D1, D2, D3+ from the counts of counts (Chen &amp; Goodman's estimates), clamped to sane values.</summary>
    internal static double[] Discounts(IEnumerable<int> counts)
    {
        var nk = new double[5];
        foreach (var n in counts) if (n <= 4) nk[n]++;
        if (nk[1] == 0 || nk[2] == 0 || nk[3] == 0 || nk[4] == 0) return [0.5, 0.75, 0.9];
        var y = nk[1] / (nk[1] + 2 * nk[2]);
        return
        [
            Math.Clamp(1 - 2 * y * nk[2] / nk[1], 0.05, 0.95),
            Math.Clamp(2 - 3 * y * nk[3] / nk[2], 0.05, 1.95),
            Math.Clamp(3 - 4 * y * nk[4] / nk[3], 0.05, 2.95),
        ];
    }
}
