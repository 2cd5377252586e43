namespace Analytics.Analysis.Classification;

/// <summary>Per-category precision, recall and F1 over a labelled set, and their macro average
/// (mean of per-category F1 over the categories that occur in the gold labels or the predictions).</summary>
public sealed record MultiLabelScore(IReadOnlyList<CategoryScore> Categories, double MacroF1, double MicroF1, int Examples)
{
    public static MultiLabelScore Measure(IGapClassifier classifier, IReadOnlyList<LabelledText> examples)
    {
        var predictions = examples.Select(e => classifier.Classify(e.Text)).ToList();
        return Measure(examples, predictions);
    }

    public static MultiLabelScore Measure(IReadOnlyList<LabelledText> examples, IReadOnlyList<IReadOnlyList<string>> predictions)
    {
        var scores = new List<CategoryScore>();
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var category in GapCategories.All)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < examples.Count; i++)
            {
                var gold = examples[i].Labels.Contains(category);
                var predicted = predictions[i].Contains(category);
                if (gold && predicted) tp++;
                else if (predicted) fp++;
                else if (gold) fn++;
            }
            tpAll += tp; fpAll += fp; fnAll += fn;
            if (tp + fp + fn == 0) continue;
            scores.Add(new CategoryScore(category, tp, fp, fn));
        }
        var macro = scores.Count == 0 ? 1.0 : scores.Average(s => s.F1);
        var micro = tpAll + fpAll + fnAll == 0 ? 1.0 : 2.0 * tpAll / (2.0 * tpAll + fpAll + fnAll);
        return new MultiLabelScore(scores, macro, micro, examples.Count);
    }
}

public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => 2.0 * TruePositives + FalsePositives + FalseNegatives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);
}
