using Analytics.Analysis.Reports;

namespace Analytics.Analysis.Charts;

/// <summary>Geometry of a horizontal bar chart shared by the SVG and PNG renderers: one row per bar,
/// labels on the left, values at the bar ends, a scale rounded to a readable maximum.</summary>
internal sealed record BarChartLayout(ChartSpec Spec, int Width, int Height, int LabelWidth, int Top, int RowHeight, double ScaleMax)
{
    public const int DefaultWidth = 900;

    public static BarChartLayout For(ChartSpec spec, int width = DefaultWidth)
    {
        const int top = 48, rowHeight = 30;
        var height = top + Math.Max(1, spec.Bars.Count) * rowHeight + 24;
        var max = spec.Bars.Count == 0 ? 0 : spec.Bars.Max(b => b.Value);
        return new BarChartLayout(spec, width, height, 300, top, rowHeight, NiceMax(max));
    }

    public int PlotWidth => Width - LabelWidth - 110;

    public double BarLength(double value) => ScaleMax <= 0 ? 0 : Math.Max(0, value) / ScaleMax * PlotWidth;

    public string ValueText(double value) => VietnameseNumbers.Integer((long)Math.Round(value));

    public static string Shorten(string label, int max = 42) => label.Length <= max ? label : label[..(max - 1)] + "…";

    private static double NiceMax(double max)
    {
        if (max <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (step * magnitude >= max) return step * magnitude;
        }
        return 10 * magnitude;
    }
}
