namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Quantises log probabilities to one byte: 256 bins of equal population, each coded by its mean.</summary>
internal static class Quantizer
{
    public static (byte[] Codes, float[] Codebook) Quantise(float[] values)
    {
        var codes = new byte[values.Length];
        if (values.Length == 0) return (codes, new float[256]);
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(values.ToArray(), order);
        var codebook = new float[256];
        var binSize = (values.Length + 255) / 256;
        for (var bin = 0; bin < 256; bin++)
        {
            var from = bin * binSize;
            var to = Math.Min(values.Length, from + binSize);
            if (from >= to)
            {
                codebook[bin] = codebook[Math.Max(0, bin - 1)];
                continue;
            }
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                sum += values[order[i]];
                codes[order[i]] = (byte)bin;
            }
            codebook[bin] = (float)(sum / (to - from));
        }
        return (codes, codebook);
    }
}
