namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>How likely each word is to be written capitalised inside a sentence: names and places
/// ("Phú Mậu", "Dĩ An") mostly are, common words ("phụ huynh", "mẫu giáo") seldom. Unaccented text keeps
/// its capitals, so they tell the decoder which accented reading is meant. Estimated with a prior toward
/// the overall rate, so rare words say little.</summary>
internal static class CaseChannel
{
    private const double PriorWeight = 2;

    public static (float[] Capitalised, float[] Lower) Estimate(IReadOnlyList<long> capitalised, IReadOnlyList<long> lower, int vocabulary)
    {
        double allCap = 0, all = 0;
        for (var i = 0; i < capitalised.Count; i++)
        {
            allCap += capitalised[i];
            all += capitalised[i] + lower[i];
        }
        var rate = all > 0 ? allCap / all : 0.1;
        var cap = new float[vocabulary];
        var low = new float[vocabulary];
        for (var id = 0; id < vocabulary; id++)
        {
            double c = id < capitalised.Count ? capitalised[id] : 0, n = id < lower.Count ? lower[id] + c : c;
            var p = (c + PriorWeight * rate) / (n + PriorWeight);
            cap[id] = (float)Math.Log10(p);
            low[id] = (float)Math.Log10(1 - p);
        }
        return (cap, low);
    }
}
