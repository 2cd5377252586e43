using Analytics.Analysis.Classification;
using Xunit.Abstractions;

namespace Analytics.Analysis.Tests.Classification;

/// <summary>The held-out split was written in blocks ("# Added in session N" in gap-labels.tsv); the newest block
/// is the honest measure of the lexicon revised after it, so each block is reported on its own, with the
/// number of sentences whose whole label set is right and, for the newest block, the sentences that are not.</summary>
public sealed class GapClassifierAccuracyByBlockTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_held_out_block_is_reported_and_the_lexicon_reaches_0_90_on_each()
    {
        var blocks = HeldOutBlocks();
        var lexicon = TestLexicon.Baseline ?? throw new InvalidOperationException("no lexicon");
        var train = GapLabelSet.Embedded().Where(e => !e.IsHeldOut).ToList();
        var stacked = MlGapClassifier.Train(train, null, lexicon);

        Assert.Equal(GapLabelSet.Embedded().Count(e => e.IsHeldOut), blocks.Sum(b => b.Examples.Count));
        var all = blocks.SelectMany(b => b.Examples).ToList();
        foreach (var (name, examples) in blocks.Append(("all held out", all)))
        {
            var (lexiconScore, lexiconExact) = Score(lexicon, examples);
            var (stackedScore, stackedExact) = Score(stacked, examples);
            output.WriteLine($"{name} ({examples.Count}): lexicon macro-F1 {lexiconScore.MacroF1:0.000}, micro-F1 {lexiconScore.MicroF1:0.000}, exact {lexiconExact}/{examples.Count}; "
                + $"stacked ML.NET macro-F1 {stackedScore.MacroF1:0.000}, micro-F1 {stackedScore.MicroF1:0.000}, exact {stackedExact}/{examples.Count}");
        }
        foreach (var e in blocks[^1].Examples)
        {
            var predicted = lexicon.Classify(e.Text);
            if (!SameSet(predicted, e.Labels))
                output.WriteLine($"  {e.Origin}: expected [{string.Join(",", e.Labels)}] got [{string.Join(",", predicted)}] {e.Text}");
        }
        foreach (var (name, examples) in blocks)
        {
            Assert.True(Score(lexicon, examples).Score.MacroF1 >= 0.90, $"{name}: lexicon held-out macro-F1 below 0.90");
        }
    }

    private static (MultiLabelScore Score, int Exact) Score(IGapClassifier classifier, IReadOnlyList<LabelledText> examples)
    {
        var predictions = examples.Select(e => classifier.Classify(e.Text)).ToList();
        var exact = examples.Where((e, i) => SameSet(predictions[i], e.Labels)).Count();
        return (MultiLabelScore.Measure(examples, predictions), exact);
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.ToHashSet().SetEquals(b);

    /// <summary>Held-out examples grouped by the block header that precedes their line in the label file.</summary>
    private static List<(string Name, IReadOnlyList<LabelledText> Examples)> HeldOutBlocks()
    {
        using var stream = typeof(GapLabelSet).Assembly.GetManifestResourceStream("Analytics.Analysis.gap-labels.tsv")
            ?? throw new InvalidOperationException("gap-labels.tsv is not embedded");
        var lines = new StreamReader(stream).ReadToEnd().Split('\n');
        var starts = new List<(int Line, string Name)> { (1, "session 1") };
        for (var i = 0; i < lines.Length; i++)
        {
            const string header = "# Added in ";
            if (lines[i].StartsWith(header, StringComparison.Ordinal))
                starts.Add((i + 1, lines[i][header.Length..].Split(' ', 3) is [var s, var n, ..] ? $"{s} {n}" : lines[i]));
        }
        var heldOut = GapLabelSet.Embedded().Where(e => e.IsHeldOut).ToList();
        return starts.Select((start, k) =>
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Line : int.MaxValue;
            IReadOnlyList<LabelledText> inBlock = heldOut.Where(e => LineOf(e) >= start.Line && LineOf(e) < end).ToList();
            return (start.Name, inBlock);
        }).Where(b => b.inBlock.Count > 0).ToList();
    }

    private static int LineOf(LabelledText e) => int.Parse(e.Origin[(e.Origin.LastIndexOf(':') + 1)..]);
}
