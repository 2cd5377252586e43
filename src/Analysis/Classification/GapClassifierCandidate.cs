namespace Analytics.Analysis.Classification;

/// <summary>A way to obtain a gap classifier from training examples (a lexicon ignores them).</summary>
public sealed record GapClassifierCandidate(string Name, Func<IReadOnlyList<LabelledText>, IGapClassifier> Train);
