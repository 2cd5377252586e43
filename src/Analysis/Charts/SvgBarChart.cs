using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Analysis.Reports;

namespace Analytics.Analysis.Charts;

/// <summary>A chart as inline SVG for the HTML report; every label is XML-escaped.</summary>
public static class SvgBarChart
{
    public static string Render(ChartSpec spec)
    {
        var layout = BarChartLayout.For(spec);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"100%\" aria-label=\"{E(spec.Title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(spec.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{E(spec.Title)}</text>");
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var bar = spec.Bars[i];
            var y = layout.Top + i * layout.RowHeight;
            var length = layout.BarLength(bar.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{layout.LabelWidth - 8}\" y=\"{y + 19}\" font-size=\"13\" text-anchor=\"end\">{E(BarChartLayout.Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{layout.LabelWidth}\" y=\"{y + 5}\" width=\"{length:0.#}\" height=\"{layout.RowHeight - 10}\" fill=\"#2f6f9f\"><title>{E(bar.Label)}: {E(layout.ValueText(bar.Value))}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{layout.LabelWidth + length + 6:0.#}\" y=\"{y + 19}\" font-size=\"12\">{E(layout.ValueText(bar.Value))}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{layout.LabelWidth}\" y1=\"{layout.Top}\" x2=\"{layout.LabelWidth}\" y2=\"{layout.Height - 24}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{layout.LabelWidth}\" y=\"{layout.Height - 6}\" font-size=\"12\">{E(spec.ValueAxis)} (thang đo tối đa {E(layout.ValueText(layout.ScaleMax))})</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
