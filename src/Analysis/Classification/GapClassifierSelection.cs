namespace Analytics.Analysis.Classification;

/// <summary>Chooses among candidate classifiers by k-fold cross-validation on the training split only,
/// then measures every candidate once on the fixed held-out split. The chosen classifier is trained on
/// the whole training split, so its held-out score describes the model actually used.</summary>
public static class GapClassifierSelection
{
    public static ClassifierChoice Choose(IReadOnlyList<LabelledText> labelled, IReadOnlyList<GapClassifierCandidate> candidates, int folds = 5)
    {
        var train = labelled.Where(e => !e.IsHeldOut).ToList();
        var heldOut = labelled.Where(e => e.IsHeldOut).ToList();
        var reports = new List<CandidateReport>();
        IGapClassifier? best = null;
        CandidateReport? bestReport = null;
        foreach (var candidate in candidates)
        {
            var cv = CrossValidate(train, candidate, folds);
            var trained = candidate.Train(train);
            var report = new CandidateReport(candidate.Name, cv, MultiLabelScore.Measure(trained, heldOut));
            reports.Add(report);
            if (bestReport is null || cv > bestReport.CrossValidatedMacroF1)
            {
                best = trained;
                bestReport = report;
            }
        }
        if (best is null || bestReport is null) throw new ArgumentException("no candidate classifiers", nameof(candidates));
        return new ClassifierChoice(best, bestReport.Name, reports, train.Count, heldOut.Count, folds);
    }

    /// <summary>Mean macro-F1 over folds; examples are dealt to folds round-robin, a fixed assignment.</summary>
    public static double CrossValidate(IReadOnlyList<LabelledText> train, GapClassifierCandidate candidate, int folds)
    {
        var total = 0.0;
        for (var fold = 0; fold < folds; fold++)
        {
            var fitOn = train.Where((_, i) => i % folds != fold).ToList();
            var testOn = train.Where((_, i) => i % folds == fold).ToList();
            total += MultiLabelScore.Measure(candidate.Train(fitOn), testOn).MacroF1;
        }
        return total / folds;
    }
}

/// <summary>The classifier chosen, and how every candidate measured.</summary>
public sealed record ClassifierChoice(IGapClassifier Classifier, string Chosen, IReadOnlyList<CandidateReport> Candidates,
    int TrainingExamples, int HeldOutExamples, int Folds);

public sealed record CandidateReport(string Name, double CrossValidatedMacroF1, MultiLabelScore HeldOut);
