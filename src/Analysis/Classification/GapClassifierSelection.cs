namespace Analytics.Analysis.Classification;

/// <summary>Chooses among candidate classifiers by k-fold cross-validation on the training split only,
/// then measures every candidate once on the fixed held-out split. The chosen classifier is trained on
/// the whole training split, so its held-out score describes the model actually used.</summary>
public static class GapClassifierSelection
{
    public static ClassifierChoice Choose(IReadOnlyList<LabelledText> labelled, IReadOnlyList<GapClassifierCandidate> candidates, int folds = 5)
    {
        IReadOnlyList<LabelledText> train = labelled.Where(e => !e.IsHeldOut).ToList();
        var heldOut = labelled.Where(e => e.IsHeldOut).ToList();
        // The same fold lists go to every candidate, so a candidate built on another can reuse its training.
        var foldSplits = Folds(train, folds);
        var reports = new List<CandidateReport>();
        var all = new List<IGapClassifier>();
        IGapClassifier? best = null;
        CandidateReport? bestReport = null;
        foreach (var candidate in candidates)
        {
            var cv = folds < 2 ? double.NaN : foldSplits.Average(f => MultiLabelScore.Measure(candidate.Train(f.Fit), f.Test).MacroF1);
            var trained = candidate.Train(train);
            all.Add(trained);
            var report = new CandidateReport(candidate.Name, cv, MultiLabelScore.Measure(trained, heldOut));
            reports.Add(report);
            if (bestReport is null || cv > bestReport.CrossValidatedMacroF1)
            {
                best = trained;
                bestReport = report;
            }
        }
        if (best is null || bestReport is null) throw new ArgumentException("no candidate classifiers", nameof(candidates));
        return new ClassifierChoice(best, bestReport.Name, reports, train.Count, heldOut.Count, folds) { Trained = all };
    }

    /// <summary>Mean macro-F1 over folds of one candidate.</summary>
    public static double CrossValidate(IReadOnlyList<LabelledText> train, GapClassifierCandidate candidate, int folds) =>
        Folds(train, folds).Average(f => MultiLabelScore.Measure(candidate.Train(f.Fit), f.Test).MacroF1);

    /// <summary>Examples are dealt to folds round-robin: a fixed assignment.</summary>
    private static List<(IReadOnlyList<LabelledText> Fit, IReadOnlyList<LabelledText> Test)> Folds(IReadOnlyList<LabelledText> train, int folds) =>
        folds < 2 ? [] : Enumerable.Range(0, folds)
            .Select(fold => ((IReadOnlyList<LabelledText>)train.Where((_, i) => i % folds != fold).ToList(),
                             (IReadOnlyList<LabelledText>)train.Where((_, i) => i % folds == fold).ToList()))
            .ToList();
}

/// <summary>The classifier chosen, and how every candidate measured.</summary>
public sealed record ClassifierChoice(IGapClassifier Classifier, string Chosen, IReadOnlyList<CandidateReport> Candidates,
    int TrainingExamples, int HeldOutExamples, int Folds)
{
    /// <summary>Every candidate as trained on the whole training split, in candidate order.</summary>
    public IReadOnlyList<IGapClassifier> Trained { get; init; } = [];
}

public sealed record CandidateReport(string Name, double CrossValidatedMacroF1, MultiLabelScore HeldOut);
