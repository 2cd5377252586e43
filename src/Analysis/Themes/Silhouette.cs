namespace Analytics.Analysis.Themes;

/// <summary>Mean silhouette of a clustering with cosine distance (vectors are L2-normalised, so the
/// distance is 1 − dot product). Points alone in their cluster score 0, as usual. The similarity
/// matrix is computed once from sparse vectors and shared by every k tried.</summary>
internal sealed class Silhouette
{
    private readonly float[] _similarity;
    private readonly int _n;

    public Silhouette(IReadOnlyList<float[]> vectors)
    {
        _n = vectors.Count;
        var sparse = vectors.Select(Sparse).ToList();
        _similarity = new float[_n * _n];
        for (var i = 0; i < _n; i++)
        {
            for (var j = i; j < _n; j++)
            {
                var s = Dot(sparse[i], sparse[j]);
                _similarity[i * _n + j] = s;
                _similarity[j * _n + i] = s;
            }
        }
    }

    public double Mean(IReadOnlyList<int> labels, int k)
    {
        if (_n == 0 || k < 2) return 0;
        var sizes = new int[k];
        foreach (var l in labels) sizes[l]++;
        var total = 0.0;
        var sums = new double[k];
        for (var i = 0; i < _n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < _n; j++)
            {
                if (i != j) sums[labels[j]] += 1.0 - _similarity[i * _n + j];
            }
            var own = labels[i];
            if (sizes[own] <= 1) continue;
            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            }
            if (double.IsPositiveInfinity(b) || Math.Max(a, b) == 0) continue;
            total += (b - a) / Math.Max(a, b);
        }
        return total / _n;
    }

    private static (int[] Index, float[] Value) Sparse(float[] v)
    {
        var index = new List<int>();
        var value = new List<float>();
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] == 0f) continue;
            index.Add(i);
            value.Add(v[i]);
        }
        return ([.. index], [.. value]);
    }

    private static float Dot((int[] Index, float[] Value) a, (int[] Index, float[] Value) b)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Index.Length && j < b.Index.Length)
        {
            if (a.Index[i] == b.Index[j]) sum += a.Value[i++] * b.Value[j++];
            else if (a.Index[i] < b.Index[j]) i++;
            else j++;
        }
        return sum;
    }
}
