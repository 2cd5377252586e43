using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Finds running headers and footers: text blocks in the top or bottom margin band of a page
/// that are page numbers ("Trang 2", "- 3 -", "4/12") or repeat, digits aside, on several pages.</summary>
internal static partial class PdfFurniture
{
    private const double TopBand = 0.07;
    private const double BottomBand = 0.08;

    public static bool IsInMargin(Block block, double pageHeight) =>
        block is TextBlock && block.Provenance.Box is { } box && (box.Bottom < pageHeight * TopBand || box.Top > pageHeight * (1 - BottomBand));

    /// <summary>Splits the blocks into body and furniture; <paramref name="inMargin"/> marks the candidates.</summary>
    public static (List<Block> Body, List<Block> Furniture) Separate(List<Block> blocks, IReadOnlySet<Block> inMargin)
    {
        var pagesByShape = inMargin.OfType<TextBlock>()
            .GroupBy(b => Shape(b.Text))
            .ToDictionary(g => g.Key, g => g.Select(b => b.Provenance.Page).Distinct().Count());
        var body = new List<Block>();
        var furniture = new List<Block>();
        foreach (var block in blocks)
        {
            var isFurniture = inMargin.Contains(block) && block is TextBlock text
                && (PageNumber().IsMatch(text.Text) || pagesByShape[Shape(text.Text)] >= 2);
            (isFurniture ? furniture : body).Add(block);
        }
        return (body, furniture);
    }

    private static string Shape(string text) => Digits().Replace(text.Trim(), "#");

    [GeneratedRegex(@"^\s*(?:(?:trang|page)\s*)?[-–]?\s*\d{1,4}\s*(?:[-–]|/\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
