namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>One source of training text and how many times its counts are added (in-domain text is
/// weighted up so a small collection can move a model trained on a large general corpus).</summary>
public sealed record TrainingSource(IEnumerable<string> Lines, int Weight = 1);

/// <summary>Builds a syllable model from accented text: count, estimate, prune, quantise, write.</summary>
public static class LanguageModelTrainer
{
    /// <summary>Trains on <paramref name="sources"/> and writes the model file to <paramref name="output"/>.
    /// <paramref name="vocabulary"/> fixes the word ids (adapting a base model); null lets it grow.</summary>
    public static TrainingSummary Train(IEnumerable<TrainingSource> sources, Stream output, KneserNeyOptions options, IReadOnlyList<string>? vocabulary = null)
    {
        var counter = new NgramCounter(vocabulary);
        foreach (var source in sources)
        {
            foreach (var line in source.Lines) counter.AddLine(line, source.Weight);
        }
        var data = KneserNeyEstimator.Estimate(counter.TrigramCounts(), counter.Fourgrams, counter.Vocabulary, options);
        var (capitalised, lower) = CaseChannel.Estimate(counter.Capitalised, counter.LowerCase, data.Vocabulary.Length);
        data = data with { CapitalisedLog = capitalised, LowerLog = lower };
        LanguageModelFile.Write(data, output);
        return new TrainingSummary(counter.Tokens, data.Vocabulary.Length, data.BigramKeys.Length, data.TrigramKeys.Length, data.Fourgrams?.Keys.Length ?? 0);
    }
}

/// <summary>What a training run saw and kept.</summary>
public sealed record TrainingSummary(long Tokens, int Vocabulary, int Bigrams, int Trigrams, int Fourgrams);
