using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Counts of aligned words by kind, for one document or summed over many.</summary>
public sealed class ToneAccuracy
{
    private readonly Dictionary<PairKind, int> _counts = [];

    public int Documents { get; private set; }
    public int Extra { get; private set; }
    public int Lost { get; private set; }
    public int DigitalWords { get; private set; }

    public int this[PairKind kind] => _counts.GetValueOrDefault(kind);

    /// <summary>Born-digital words inside aligned lines (the denominator of accuracy).</summary>
    public int Aligned => _counts.Values.Sum();

    public double Accuracy => Aligned == 0 ? 0 : (double)this[PairKind.Correct] / Aligned;

    public void Add(IEnumerable<AlignedPair> pairs)
    {
        foreach (var p in pairs)
        {
            if (p.Digital is null) Extra++;
            else _counts[p.Kind] = _counts.GetValueOrDefault(p.Kind) + 1;
        }
    }

    public void AddDocument(int digitalWords, int lost)
    {
        Documents++;
        DigitalWords += digitalWords;
        Lost += lost;
    }

    public void Add(ToneAccuracy other)
    {
        foreach (var (k, v) in other._counts) _counts[k] = _counts.GetValueOrDefault(k) + v;
        Documents += other.Documents;
        Extra += other.Extra;
        Lost += other.Lost;
        DigitalWords += other.DigitalWords;
    }

    public static string Header =>
        "| set | plans | aligned words | correct | **accuracy** | wrong mark (real syllable) | non-syllable | other letters | split/joined | dropped | extra OCR words | born-digital words in no aligned line |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Documents} | {Aligned} | {this[PairKind.Correct]} | **{Accuracy * 100:F2} %** | {this[PairKind.WrongMark]} | {this[PairKind.NonSyllable]} | {this[PairKind.OtherLetters]} | {this[PairKind.SplitOrJoined]} | {this[PairKind.Dropped]} | {Extra} | {Lost} of {DigitalWords} |");

    public static string Table(IEnumerable<(string Name, ToneAccuracy Accuracy)> rows)
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var (name, accuracy) in rows) builder.Append(accuracy.Row(name)).Append('\n');
        return builder.ToString();
    }
}
