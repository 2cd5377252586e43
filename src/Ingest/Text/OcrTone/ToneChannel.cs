using System.Globalization;
using System.Reflection;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.OcrTone;

/// <summary>Which tones and letter marks Tesseract's Vietnamese model confuses: P(tone read | tone printed) and
/// P(letter read | letter printed) for the letters that differ only by a mark (a ă â, e ê, o ô ơ, u ư, d đ),
/// learned from the twins' aligned words (tests/…/OcrTone, scripts/measure-ocr-tone.sh) and smoothed toward
/// reading what is printed. A word's score is the sum of its tone's and its marked letters' log10 probabilities,
/// so a reading that is the print itself costs almost nothing and every confusion costs what it is seen to.</summary>
public sealed class ToneChannel
{
    private const string ResourceName = "Analytics.Ingest.Text.OcrTone.ocr-tone-channel.tsv";
    private static readonly Lazy<ToneChannel> Embedded = new(() => Parse(ReadEmbedded()));
    private readonly Dictionary<(string Kind, string Truth, string Read), float> _logProb;
    private readonly Dictionary<(string Kind, string Truth), float> _unseen;

    private ToneChannel(Dictionary<(string, string, string), float> logProb, Dictionary<(string, string), float> unseen)
    {
        _logProb = logProb;
        _unseen = unseen;
    }

    public static ToneChannel Default => Embedded.Value;

    /// <summary>What a printed word and its reading (same letters, lower case) say about the channel: one "tone"
    /// event and one "letter" event per letter that carries or may carry a mark.</summary>
    public static IEnumerable<(string Kind, string Truth, string Read)> Events(string truth, string read)
    {
        var (t, tTone) = TonePlacement.Split(truth);
        var (r, rTone) = TonePlacement.Split(read);
        yield return ("tone", tTone.ToString(), rTone.ToString());
        if (t.Length != r.Length) yield break;
        for (var i = 0; i < t.Length; i++)
        {
            if (IsMarkable(t[i])) yield return ("letter", t[i].ToString(), r[i].ToString());
        }
    }

    /// <summary>log10 P(<paramref name="read"/> | <paramref name="truth"/>) for two lower-case words with the same letters.</summary>
    public float Score(string truth, string read)
    {
        var score = 0f;
        foreach (var e in Events(truth, read)) score += LogProb(e.Kind, e.Truth, e.Read);
        return score;
    }

    private float LogProb(string kind, string truth, string read) =>
        _logProb.TryGetValue((kind, truth, read), out var p) ? p : _unseen.GetValueOrDefault((kind, truth), -4f);

    private static bool IsMarkable(char c) => VietnameseLetters.Bare(c) is 'a' or 'e' or 'o' or 'u' or 'd';

    /// <summary>Reads the table (kind TAB printed TAB read TAB count). Each printed tone or letter gets
    /// <paramref name="prior"/> pseudo-counts, most on reading it as printed, the rest spread over the confusions
    /// of its kind (five other tones; the one to two other marks of its letter), so unseen slips stay possible.</summary>
    public static ToneChannel Parse(string tsv, double prior = 20, double printedShare = 0.97)
    {
        var counts = new Dictionary<(string, string, string), double>();
        foreach (var line in tsv.Split('\n'))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) continue;
            counts[(parts[0], parts[1], parts[2])] = n;
        }
        foreach (var tone in Enum.GetNames<Tone>()) counts.TryAdd(("tone", tone, tone), 0);
        foreach (var letter in "aăâeêoôơuưdđ") counts.TryAdd(("letter", letter.ToString(), letter.ToString()), 0);
        var logProb = new Dictionary<(string, string, string), float>();
        var unseen = new Dictionary<(string, string), float>();
        foreach (var group in counts.GroupBy(p => (p.Key.Item1, p.Key.Item2)))
        {
            var total = group.Sum(p => p.Value) + prior;
            var others = group.Key.Item1 == "tone" ? 5 : "aăâoôơ".Contains(group.Key.Item2[0]) ? 2 : 1;
            var slip = prior * (1 - printedShare) / others;
            foreach (var (key, n) in group)
                logProb[key] = (float)Math.Log10((n + (key.Item2 == key.Item3 ? prior * printedShare : slip)) / total);
            unseen[group.Key] = (float)Math.Log10(slip / total);
        }
        return new ToneChannel(logProb, unseen);
    }

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
