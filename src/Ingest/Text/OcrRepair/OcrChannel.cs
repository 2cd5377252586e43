using System.Globalization;
using System.Reflection;

namespace Analytics.Ingest.Text.OcrRepair;

/// <summary>How Tesseract's English model renders each Vietnamese letter, learned from rendered and
/// re-read text (scripts/ocr-channel/): P(OCR string | letter), capitals apart from lower case. Smoothed toward the letter
/// itself and its bare ASCII form so letters seldom seen in training still have sensible outputs.</summary>
public sealed class OcrChannel
{
    private const string ResourceName = "Analytics.Ingest.Text.OcrRepair.ocr-channel.tsv";
    private static readonly Lazy<OcrChannel> Embedded = new(() => Parse(ReadEmbedded()));
    private readonly Dictionary<char, (string Output, float LogProb)[]> _outputs;

    private OcrChannel(Dictionary<char, (string, float)[]> outputs) => _outputs = outputs;

    public static OcrChannel Default => Embedded.Value;

    /// <summary>The likeliest OCR outputs of <paramref name="letter"/> (lower-case), best first, log10.</summary>
    public IReadOnlyList<(string Output, float LogProb)> Outputs(char letter) =>
        _outputs.TryGetValue(letter, out var list) ? list : [(letter.ToString(), 0f)];

    /// <summary>Reads the learned table: letter TAB output TAB count per line. Capitals seen too rarely
    /// borrow the confusions of their lower-case letter (outputs in capitals).</summary>
    public static OcrChannel Parse(string tsv, int maxOutputs = 8, double minProbability = 0.004)
    {
        var counts = new Dictionary<char, Dictionary<string, double>>();
        foreach (var line in tsv.Split('\n'))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length != 1) continue;
            if (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) continue;
            var letter = parts[0][0];
            if (!counts.TryGetValue(letter, out var row)) counts[letter] = row = [];
            row[parts[1]] = row.GetValueOrDefault(parts[1]) + n;
        }
        foreach (var lower in counts.Keys.Where(char.IsLower).ToList())
        {
            var upper = char.ToUpperInvariant(lower);
            if (upper == lower) continue;
            if (!counts.TryGetValue(upper, out var row)) counts[upper] = row = [];
            var own = row.Values.Sum();
            if (own >= 50) continue;
            var source = counts[lower];
            var scale = 20.0 / Math.Max(1, source.Values.Sum());
            foreach (var (output, n) in source)
            {
                var up = output.ToUpperInvariant();
                row[up] = row.GetValueOrDefault(up) + n * scale;
            }
        }
        var outputs = new Dictionary<char, (string, float)[]>();
        foreach (var (letter, row) in counts)
        {
            // A few pseudo-counts on the letter itself and its bare form.
            const double prior = 3;
            var bare = Syllables.VietnameseLetters.Bare(letter).ToString();
            row[letter.ToString()] = row.GetValueOrDefault(letter.ToString()) + prior / 2;
            row[bare] = row.GetValueOrDefault(bare) + prior / 2;
            var total = row.Values.Sum();
            outputs[letter] = row.Select(p => (p.Key, p.Value / total))
                .Where(p => p.Item2 >= minProbability)
                .OrderByDescending(p => p.Item2).Take(maxOutputs)
                .Select(p => (p.Key, (float)Math.Log10(p.Item2))).ToArray();
        }
        return new OcrChannel(outputs);
    }

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
