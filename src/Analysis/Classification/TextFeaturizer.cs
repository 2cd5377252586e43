using Analytics.Ingest.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Analysis.Classification;

/// <summary>ML.NET text featurisation on folded text (word and character n-grams, L2-normalised), fitted
/// once and then used to turn any text into a dense vector. Thread-safe: prediction engines are pooled.</summary>
internal sealed class TextFeaturizer
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly Lock _lock = new();
    private readonly Stack<PredictionEngine<TextRow, FeatureRow>> _engines = new();

    private TextFeaturizer(MLContext ml, ITransformer transformer, int length)
    {
        _ml = ml;
        _transformer = transformer;
        Length = length;
    }

    public int Length { get; }

    public static TextFeaturizer Fit(MLContext ml, IEnumerable<string> texts, int wordNgrams, int charNgrams, IReadOnlyList<string>? stopWords = null)
    {
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = Prepare(t) }).ToList());
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = wordNgrams, UseAllLengths = true },
            CharFeatureExtractor = charNgrams > 0 ? new WordBagEstimator.Options { NgramLength = charNgrams, UseAllLengths = false } : null,
            StopWordsRemoverOptions = stopWords is null ? null : new CustomStopWordsRemovingEstimator.Options { StopWords = [.. stopWords] },
        };
        var transformer = ml.Transforms.Text.FeaturizeText("Features", options, nameof(TextRow.Text)).Fit(data);
        var type = (VectorDataViewType)transformer.GetOutputSchema(data.Schema)["Features"].Type;
        return new TextFeaturizer(ml, transformer, type.Size);
    }

    public float[] Transform(string text)
    {
        PredictionEngine<TextRow, FeatureRow>? engine;
        lock (_lock)
        {
            _engines.TryPop(out engine);
        }
        engine ??= _ml.Model.CreatePredictionEngine<TextRow, FeatureRow>(_transformer);
        try
        {
            var features = engine.Predict(new TextRow { Text = Prepare(text) }).Features;
            return features.Length == Length ? features : Pad(features);
        }
        finally
        {
            lock (_lock)
            {
                _engines.Push(engine);
            }
        }
    }

    private float[] Pad(float[] features)
    {
        var padded = new float[Length];
        features.AsSpan(0, Math.Min(features.Length, Length)).CopyTo(padded);
        return padded;
    }

    // Folding makes OCR output without diacritics and accented text meet in the same features.
    private static string Prepare(string text) => VietnameseFolding.Fold(text);

    internal sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    internal sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }
}
