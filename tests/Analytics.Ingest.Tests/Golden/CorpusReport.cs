using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Per-field accuracy and item precision/recall/F1 over many compared documents.</summary>
public sealed record CorpusReport(IReadOnlyList<(string Field, int Correct, int Total)> Fields, ItemScore Items)
{
    public static CorpusReport Of(IEnumerable<DocumentComparison> documents)
    {
        var list = documents.ToList();
        var fields = list.SelectMany(d => d.Checks)
            .GroupBy(c => c.Field)
            .Select(g => (g.Key, g.Count(c => c.Ok), g.Count()))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var items = list.Aggregate(ItemScore.Zero, (sum, d) => sum.Add(d.Items));
        return new CorpusReport(fields, items);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("field                          correct/total  accuracy");
        foreach (var (field, correct, total) in Fields)
            text.AppendLine(CultureInfo.InvariantCulture, $"{field,-30} {correct,6}/{total,-6}  {(double)correct / total,8:P1}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"items: expected {Items.Expected}, extracted {Items.Actual}, matched {Items.Matched}; " +
            $"precision {Items.Precision:P1}, recall {Items.Recall:P1}, F1 {Items.F1:F3}");
        return text.ToString();
    }
}
