using System.Runtime.CompilerServices;

namespace Analytics.Analysis.Classification;

/// <summary>The standard candidates (ML.NET, and the lexicon baseline when one is supplied, their
/// union and ML.NET stacked on the lexicon) and the choice among them on the embedded labelled set.</summary>
public static class GapClassifierFactory
{
    public const string MlName = "ML.NET (n-gram từ và ký tự, hồi quy logistic L-BFGS, một mô hình mỗi nhóm)";
    public const string LexiconName = "Từ khóa (GapLexicon)";
    public const string UnionName = "Kết hợp từ khóa và ML.NET";
    public const string StackedName = "ML.NET với nhóm từ khóa làm đặc trưng";

    /// <param name="stacked">Include ML.NET stacked on the lexicon (one more training; the reports leave it
    /// out, as cross-validation did not choose it).</param>
    public static IReadOnlyList<GapClassifierCandidate> StandardCandidates(IGapClassifier? lexicon, MlGapClassifierOptions? options = null, bool stacked = true)
    {
        // The union needs the ML model trained on the same fold: train it once per training list.
        var trained = new ConditionalWeakTable<IReadOnlyList<LabelledText>, MlGapClassifier>();
        MlGapClassifier Ml(IReadOnlyList<LabelledText> train) => trained.GetValue(train, t => MlGapClassifier.Train(t, options));

        var candidates = new List<GapClassifierCandidate> { new(MlName, Ml) };
        if (lexicon is not null)
        {
            candidates.Insert(0, new GapClassifierCandidate(LexiconName, _ => lexicon));
            candidates.Add(new GapClassifierCandidate(UnionName, train => new UnionGapClassifier(lexicon, Ml(train))));
            if (stacked) candidates.Add(new GapClassifierCandidate(StackedName, train => MlGapClassifier.Train(train, options, lexicon)));
        }
        return candidates;
    }

    /// <summary>Without cross-validation, for every report: the lexicon when one is given (the method 5-fold
    /// cross-validation chose in the accuracy test: 0.984, tied with ML.NET with the keyword categories as
    /// features and simpler, against 0.817 for the union and 0.764 for ML.NET alone), measured once on the
    /// held-out split; no ML.NET model is trained, as none would be used. Without a lexicon, ML.NET alone.</summary>
    public static ClassifierChoice TrainStandard(IGapClassifier? lexicon)
    {
        var labelled = GapLabelSet.Embedded();
        var candidates = lexicon is null
            ? StandardCandidates(null, stacked: false)
            : [new GapClassifierCandidate(LexiconName, _ => lexicon)];
        var choice = GapClassifierSelection.Choose(labelled, candidates, folds: 0);
        return choice with { Chosen = candidates[0].Name, Classifier = choice.Trained[0] };
    }

    public static ClassifierChoice ChooseStandard(IGapClassifier? lexicon, IReadOnlyList<LabelledText>? extraLabelled = null, int folds = 5)
    {
        var labelled = GapLabelSet.Embedded().Concat(extraLabelled ?? []).ToList();
        return GapClassifierSelection.Choose(labelled, StandardCandidates(lexicon), folds);
    }
}
