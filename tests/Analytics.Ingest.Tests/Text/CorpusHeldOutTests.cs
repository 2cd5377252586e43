using Analytics.Ingest.Text.Restoration;
using Analytics.Testing;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Text;

/// <summary>Domain accuracy on the corpus plans scripts/build-lm.sh holds out of training (keep the two
/// lists in step). Lines are the plans' own text with every mark removed; tables and markup stay as
/// they are, as they would in a real unaccented file.</summary>
public sealed class CorpusHeldOutTests(ITestOutputHelper output)
{
    private static readonly string[] HeldOut = ["thpt-thanh-binh.txt", "mn-bong-sen-xanh.txt", "sources/thcs-my-le.md"];

    [Fact]
    public void Held_out_corpus_plans_are_restored_to_at_least_98_percent()
    {
        var repair = TextModels.Repair;
        var total = new RestorationScore(0, 0, 0, 0);
        foreach (var name in HeldOut)
        {
            var truth = File.ReadAllText(RepoPaths.Combine("corpus", name)).Replace("\r\n", "\n");
            var restored = repair.Repair(RestorationEvaluator.StripMarks(truth)).Text;
            var score = RestorationEvaluator.Score(truth, restored, repair.IsAmbiguous);
            output.WriteLine($"{name}: {score}");
            total = total.Add(score);
        }
        output.WriteLine($"Held-out corpus plans: {total}");
        // The goal (issue 4): 98%. Measured 98.13% (2,775 syllables); mn-bong-sen-xanh's names cost most.
        Assert.True(total.Accuracy >= 0.98, total.ToString());
    }
}
