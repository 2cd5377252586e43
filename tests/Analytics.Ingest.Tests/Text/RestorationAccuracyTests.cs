using Analytics.Ingest.Text.Restoration;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Text;

/// <summary>Accuracy on text the model never trained on: Text/Data/domain-heldout.txt is plan-genre text
/// written for these tests (scripts/build-lm.sh does not read tests/), and its English-OCR reading was
/// made by scripts/ocr-channel/make_ocr_fixture.py.</summary>
public sealed class RestorationAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Unaccented_plan_text_is_restored_to_at_least_98_percent()
    {
        var repair = TextModels.Repair;
        var score = new RestorationScore(0, 0, 0, 0);
        foreach (var line in TextModels.DataLines("domain-heldout.txt"))
        {
            var restored = repair.Repair(RestorationEvaluator.StripMarks(line)).Text;
            score = score.Add(RestorationEvaluator.Score(line, restored, repair.IsAmbiguous));
        }
        output.WriteLine($"Unaccented plans: {score}");
        Assert.True(score.Accuracy >= 0.98, score.ToString());
    }

    [Fact]
    public void English_ocr_plan_text_is_repaired_to_at_least_90_percent()
    {
        var truth = TextModels.DataLines("domain-heldout.txt");
        var ocr = File.ReadAllLines(TextModels.DataPath("domain-heldout.eng-ocr.txt"));
        Assert.Equal(truth.Length, ocr.Length);
        var repaired = TextModels.Repair.Repair(string.Join('\n', ocr)).Text.Split('\n');
        RestorationScore raw = new(0, 0, 0, 0), fixedScore = new(0, 0, 0, 0);
        for (var i = 0; i < truth.Length; i++)
        {
            raw = raw.Add(RestorationEvaluator.Score(truth[i], ocr[i], TextModels.Repair.IsAmbiguous));
            fixedScore = fixedScore.Add(RestorationEvaluator.Score(truth[i], repaired[i], TextModels.Repair.IsAmbiguous));
        }
        output.WriteLine($"English OCR raw: {raw}");
        output.WriteLine($"English OCR repaired: {fixedScore}");
        Assert.True(fixedScore.Accuracy >= 0.90, fixedScore.ToString());
    }

    [Fact]
    public void Correct_accented_text_passes_unchanged()
    {
        var lines = TextModels.DataLines("domain-heldout.txt");
        var result = TextModels.Repair.Repair(string.Join('\n', lines));
        var score = RestorationEvaluator.Score(string.Join('\n', lines), result.Text);
        output.WriteLine($"Accented text kept: {score}");
        Assert.True(score.Accuracy >= 0.999, score.ToString());
        Assert.Empty(result.Notes);
    }
}
