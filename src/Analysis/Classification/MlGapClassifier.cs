using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Analytics.Analysis.Classification;

/// <summary>ML.NET gap classifier: one featuriser shared by all categories and one linear binary model
/// per category (one-vs-rest). Scores are computed from the trained weights directly, so classifying
/// a text costs one featurisation and eleven sparse dot products. With a keyword classifier given, its
/// categories are eleven more features (stacking): the model learns per category how far to trust the
/// keywords and which n-grams correct them.</summary>
public sealed class MlGapClassifier : IGapClassifier
{
    private readonly TextFeaturizer _featurizer;
    private readonly IReadOnlyList<CategoryModel> _models;
    private readonly float _threshold;
    private readonly IGapClassifier? _keywords;

    private MlGapClassifier(TextFeaturizer featurizer, IReadOnlyList<CategoryModel> models, float threshold, IGapClassifier? keywords)
    {
        _featurizer = featurizer;
        _models = models;
        _threshold = threshold;
        _keywords = keywords;
    }

    private int Length => _featurizer.Length + (_keywords is null ? 0 : GapCategories.All.Count);

    public static MlGapClassifier Train(IReadOnlyList<LabelledText> examples, MlGapClassifierOptions? options = null, IGapClassifier? keywords = null)
    {
        options ??= MlGapClassifierOptions.Default;
        var ml = new MLContext(options.Seed);
        var featurizer = TextFeaturizer.Fit(ml, examples.Select(e => e.Text), options.WordNgrams, options.CharNgrams);
        var untrained = new MlGapClassifier(featurizer, [], options.Threshold, keywords);
        var length = untrained.Length;
        var vectors = examples.Select(e => untrained.Features(e.Text)).ToList();
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);

        var models = new List<CategoryModel>();
        foreach (var category in GapCategories.All)
        {
            var positives = examples.Count(e => e.Labels.Contains(category));
            // Each category is rare among all sentences: positives are weighted up (fully balanced at power 1).
            var positiveWeight = positives == 0 ? 1f : MathF.Pow((float)(examples.Count - positives) / positives, options.PositiveWeightPower);
            var rows = new List<TrainingRow>(examples.Count);
            for (var i = 0; i < examples.Count; i++)
            {
                var label = examples[i].Labels.Contains(category);
                rows.Add(new TrainingRow { Label = label, Weight = label ? positiveWeight : 1f, Features = vectors[i] });
            }
            if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
            {
                // A category without both classes cannot be learnt; it is never predicted.
                models.Add(new CategoryModel(category, new float[length], -1f));
                continue;
            }
            var data = ml.Data.LoadFromEnumerable(rows, schema);
            models.Add(TrainOne(ml, data, category, options.Trainer, options.L2Regularization));
        }
        return new MlGapClassifier(featurizer, models, options.Threshold, keywords);
    }

    private float[] Features(string text)
    {
        var x = _featurizer.Transform(text);
        if (_keywords is null) return x;
        var stacked = new float[Length];
        x.CopyTo(stacked, 0);
        foreach (var category in _keywords.Classify(text))
        {
            var c = GapCategories.IndexOf(category);
            if (c >= 0) stacked[x.Length + c] = 1f;
        }
        return stacked;
    }

    public IReadOnlyList<string> Classify(string text)
    {
        var x = Features(text);
        List<string>? found = null;
        foreach (var model in _models)
        {
            if (model.Score(x) > _threshold) (found ??= []).Add(model.Category);
        }
        return found ?? (IReadOnlyList<string>)[];
    }

    private static CategoryModel TrainOne(MLContext ml, IDataView data, string category, LinearTrainer trainer, float l2)
    {
        LinearBinaryModelParameters parameters = trainer switch
        {
            LinearTrainer.AveragedPerceptron => ml.BinaryClassification.Trainers
                .AveragedPerceptron(numberOfIterations: 20).Fit(data).Model,
            LinearTrainer.LbfgsLogisticRegression => ml.BinaryClassification.Trainers
                .LbfgsLogisticRegression(exampleWeightColumnName: "Weight", l2Regularization: l2).Fit(data).Model.SubModel,
            _ => ml.BinaryClassification.Trainers
                .SdcaLogisticRegression(exampleWeightColumnName: "Weight", l2Regularization: l2, maximumNumberOfIterations: 100).Fit(data).Model.SubModel,
        };
        var weights = new float[((VectorDataViewType)data.Schema["Features"].Type).Size];
        parameters.Weights.ToArray().AsSpan(0, Math.Min(weights.Length, parameters.Weights.Count)).CopyTo(weights);
        return new CategoryModel(category, weights, parameters.Bias);
    }

    private sealed record CategoryModel(string Category, float[] Weights, float Bias)
    {
        public float Score(float[] x)
        {
            var sum = Bias;
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != 0f) sum += x[i] * Weights[i];
            }
            return sum;
        }
    }

    private sealed class TrainingRow
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        public float[] Features { get; set; } = [];
    }
}
