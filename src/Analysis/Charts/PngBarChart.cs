using Analytics.Analysis.Reports;
using SkiaSharp;

namespace Analytics.Analysis.Charts;

/// <summary>A chart as a PNG (SkiaSharp) for the DOCX report, drawn at twice the layout size for print.</summary>
public static class PngBarChart
{
    private const float Scale = 2f;

    public static byte[] Render(ChartSpec spec, out int width, out int height)
    {
        var layout = BarChartLayout.For(spec);
        width = layout.Width;
        height = layout.Height;
        using var surface = SKSurface.Create(new SKImageInfo((int)(layout.Width * Scale), (int)(layout.Height * Scale)));
        var canvas = surface.Canvas;
        canvas.Scale(Scale);
        canvas.Clear(SKColors.White);
        using var typeface = Typeface();
        using var titleFont = new SKFont(typeface, 16) { Embolden = true };
        using var labelFont = new SKFont(typeface, 13);
        using var valueFont = new SKFont(typeface, 12);
        using var ink = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        using var barPaint = new SKPaint { Color = new SKColor(0x2f, 0x6f, 0x9f), IsAntialias = true };
        canvas.DrawText(spec.Title, 10, 24, SKTextAlign.Left, titleFont, ink);
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var bar = spec.Bars[i];
            var y = layout.Top + i * layout.RowHeight;
            var length = (float)layout.BarLength(bar.Value);
            canvas.DrawText(BarChartLayout.Shorten(bar.Label), layout.LabelWidth - 8, y + 19, SKTextAlign.Right, labelFont, ink);
            canvas.DrawRect(layout.LabelWidth, y + 5, length, layout.RowHeight - 10, barPaint);
            canvas.DrawText(layout.ValueText(bar.Value), layout.LabelWidth + length + 6, y + 19, SKTextAlign.Left, valueFont, ink);
        }
        canvas.DrawLine(layout.LabelWidth, layout.Top, layout.LabelWidth, layout.Height - 24, ink);
        canvas.DrawText($"{spec.ValueAxis} (thang đo tối đa {layout.ValueText(layout.ScaleMax)})", layout.LabelWidth, layout.Height - 6, SKTextAlign.Left, valueFont, ink);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    /// <summary>A font with Vietnamese letters: DejaVu Sans (installed by scripts/ensure-deps.sh), else the default.</summary>
    private static SKTypeface Typeface() =>
        SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
}
