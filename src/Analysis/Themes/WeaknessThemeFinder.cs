using Analytics.Analysis.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Analytics.Analysis.Themes;

/// <summary>Clusters weakness sentences across schools: ML.NET word-n-gram featurisation of folded text,
/// KMeans for each k in a range, k chosen by the mean silhouette (cosine distance) on the fitted
/// sentences. Repeated sentences are clustered once and counted for every school that wrote them.</summary>
public sealed class WeaknessThemeFinder(ThemeOptions? options = null)
{
    private readonly ThemeOptions _options = options ?? new ThemeOptions();

    public ThemeResult Find(IReadOnlyList<WeaknessSentence> sentences)
    {
        var bySentence = sentences
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .GroupBy(s => s.Text.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var distinct = bySentence.Select(g => g.Key).ToList();
        if (distinct.Count < _options.MinK * 3) return new ThemeResult([], sentences.Count, distinct.Count, [], 0);

        var ml = new MLContext(_options.Seed);
        var step = Math.Max(1, (int)Math.Ceiling(distinct.Count / (double)_options.MaxFitSentences));
        var fitTexts = distinct.Where((_, i) => i % step == 0).ToList();
        var featurizer = TextFeaturizer.Fit(ml, fitTexts, wordNgrams: 2, charNgrams: 0, ThemeStopWords.Folded);
        var fitVectors = fitTexts.Select(featurizer.Transform).ToList();
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featurizer.Length);
        var fitData = ml.Data.LoadFromEnumerable(fitVectors.Select(v => new VectorRow { Features = v }).ToList(), schema);

        var tried = new List<(int, double)>();
        ITransformer? best = null;
        var bestScore = double.NegativeInfinity;
        var bestK = 0;
        var maxK = Math.Min(_options.MaxK, fitTexts.Count / 3);
        var silhouette = new Silhouette(fitVectors);
        for (var k = _options.MinK; k <= maxK; k++)
        {
            var model = ml.Clustering.Trainers.KMeans(nameof(VectorRow.Features), numberOfClusters: k).Fit(fitData);
            var labels = Assign(model, fitData);
            var score = silhouette.Mean(labels, k);
            tried.Add((k, score));
            if (score > bestScore)
            {
                (best, bestScore, bestK) = (model, score, k);
            }
        }
        if (best is null) return new ThemeResult([], sentences.Count, distinct.Count, tried, 0);

        var allVectors = distinct.Select(featurizer.Transform).ToList();
        var allData = ml.Data.LoadFromEnumerable(allVectors.Select(v => new VectorRow { Features = v }).ToList(), schema);
        var assigned = Assign(best, allData);
        return new ThemeResult(Build(bySentence, allVectors, assigned, bestK), sentences.Count, distinct.Count, tried, bestK);
    }

    private List<WeaknessTheme> Build(List<IGrouping<string, WeaknessSentence>> groups, List<float[]> vectors, int[] labels, int k)
    {
        var members = Enumerable.Range(0, k).Select(c => Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).ToList()).ToList();
        var names = ThemeTerms.Name(members.Select(m => (IReadOnlyList<string>)m.Select(i => groups[i].Key).ToList()).ToList(), _options.TopTerms);
        var themes = new List<WeaknessTheme>();
        for (var c = 0; c < k; c++)
        {
            if (members[c].Count == 0) continue;
            var centre = Centre(members[c].Select(i => vectors[i]).ToList());
            var representatives = members[c].OrderByDescending(i => Dot(vectors[i], centre)).ThenBy(i => i)
                .Take(_options.Representatives).Select(i => groups[i].Key).ToList();
            var schools = members[c].SelectMany(i => groups[i].Select(s => s.School)).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList();
            themes.Add(new WeaknessTheme(0, names[c], members[c].Sum(i => groups[i].Count()), representatives, schools));
        }
        return themes.OrderByDescending(t => t.Schools.Count).ThenByDescending(t => t.Sentences)
            .Select((t, i) => t with { Id = i + 1 }).ToList();
    }

    private static int[] Assign(ITransformer model, IDataView data) =>
        model.Transform(data).GetColumn<uint>("PredictedLabel").Select(l => (int)l - 1).ToArray();

    private static float[] Centre(List<float[]> vectors)
    {
        var centre = new float[vectors[0].Length];
        foreach (var v in vectors)
        {
            for (var i = 0; i < v.Length; i++) centre[i] += v[i];
        }
        return centre;
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private sealed class VectorRow
    {
        public float[] Features { get; set; } = [];
    }
}
