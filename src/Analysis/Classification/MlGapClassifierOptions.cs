namespace Analytics.Analysis.Classification;

/// <summary>How the ML.NET gap classifier is trained: word n-grams up to <see cref="WordNgrams"/>,
/// character n-grams of length <see cref="CharNgrams"/> (both on folded text), and a linear trainer per
/// category (one-vs-rest).</summary>
public sealed record MlGapClassifierOptions
{
    public static MlGapClassifierOptions Default { get; } = new();

    public int WordNgrams { get; init; } = 2;
    public int CharNgrams { get; init; } = 3;
    public LinearTrainer Trainer { get; init; } = LinearTrainer.LbfgsLogisticRegression;
    /// <summary>A category is predicted when its linear score exceeds this (0 = probability one half).</summary>
    public float Threshold { get; init; } = 0f;
    public int Seed { get; init; } = 17;
    /// <summary>L2 penalty of the logistic trainers; small, since the features are L2-normalised.</summary>
    public float L2Regularization { get; init; } = 1e-4f;
    /// <summary>Positives weigh (negatives/positives)^power: 0 leaves classes as they are, 1 balances them.</summary>
    public float PositiveWeightPower { get; init; } = 1f;
}

public enum LinearTrainer
{
    SdcaLogisticRegression,
    AveragedPerceptron,
    LbfgsLogisticRegression,
}
