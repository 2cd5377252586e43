namespace Analytics.Analysis.Classification;

/// <summary>The standard candidates (ML.NET, and the lexicon baseline when one is supplied, and their
/// union) and the choice among them on the embedded labelled set.</summary>
public static class GapClassifierFactory
{
    public static IReadOnlyList<GapClassifierCandidate> StandardCandidates(IGapClassifier? lexicon, MlGapClassifierOptions? options = null)
    {
        var candidates = new List<GapClassifierCandidate>
        {
            new("ML.NET (n-gram từ và ký tự, hồi quy logistic L-BFGS, một mô hình mỗi nhóm)", train => MlGapClassifier.Train(train, options)),
        };
        if (lexicon is not null)
        {
            candidates.Insert(0, new GapClassifierCandidate("Từ khóa (GapLexicon)", _ => lexicon));
            candidates.Add(new GapClassifierCandidate("Kết hợp từ khóa và ML.NET", train => new UnionGapClassifier(lexicon, MlGapClassifier.Train(train, options))));
        }
        return candidates;
    }

    public static ClassifierChoice ChooseStandard(IGapClassifier? lexicon, IReadOnlyList<LabelledText>? extraLabelled = null)
    {
        var labelled = GapLabelSet.Embedded().Concat(extraLabelled ?? []).ToList();
        return GapClassifierSelection.Choose(labelled, StandardCandidates(lexicon));
    }
}
