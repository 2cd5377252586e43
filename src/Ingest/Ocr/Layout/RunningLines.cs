using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Running headers and footers of scanned pages ("Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trang 2",
/// "Trường Mầm non Tân Dĩnh - Kế hoạch …"). A born-digital document keeps them in its header and footer parts; on a
/// scan they are lines of the page, and left there they cut a table at every page break and, starting with
/// "Kế hoạch", read as the title of a second plan. A line is furniture when it is the first or last block of its
/// page, lies in the page's outer band, and either names the page ("Trang 2") or recurs at the same edge of another
/// page (compared without accents and digits, tolerant of a few misread letters).</summary>
internal static partial class RunningLines
{
    /// <summary>Share of the page height at the top and at the bottom where running lines stand.</summary>
    private const double EdgeBand = 0.15;

    /// <summary>Least similarity of two folded lines that are the same running line read twice.</summary>
    private const double SameLine = 0.8;

    public static (List<Block> Body, List<Block> Furniture) Split(List<Block> blocks, IReadOnlyDictionary<int, double> pageHeights)
    {
        var candidates = Candidates(blocks, pageHeights);
        var furniture = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        foreach (var (block, edge) in candidates)
        {
            var text = ((TextBlock)block).Text;
            if (NamesPage().IsMatch(text) || candidates.Any(o => o.Edge == edge && o.Block.Provenance.Page != block.Provenance.Page && MisreadText.Same(MisreadText.Key(text), MisreadText.Key(((TextBlock)o.Block).Text), SameLine, 6)))
                furniture.Add(block);
        }
        return (blocks.Where(b => !furniture.Contains(b)).ToList(), blocks.Where(furniture.Contains).ToList());
    }

    /// <summary>The first and last block of each page when it is a text block in the page's outer band.</summary>
    private static List<(Block Block, bool Edge)> Candidates(List<Block> blocks, IReadOnlyDictionary<int, double> pageHeights)
    {
        var found = new List<(Block, bool)>();
        foreach (var page in blocks.Where(b => b.Provenance.Page is not null).GroupBy(b => b.Provenance.Page!.Value))
        {
            if (!pageHeights.TryGetValue(page.Key, out var height) || height <= 0) continue;
            var first = page.First();
            var last = page.Last();
            if (first is TextBlock && first.Provenance.Box is { } top && top.Bottom <= EdgeBand * height) found.Add((first, true));
            if (last is TextBlock && !ReferenceEquals(last, first) && last.Provenance.Box is { } bottom && bottom.Top >= (1 - EdgeBand) * height)
                found.Add((last, false));
        }
        return found;
    }

    /// <summary>"Trang 2", "- Trang 2/5", "trang 3" at the end of a line.</summary>
    [GeneratedRegex(@"(?:^|[\s\-–—|])[Tt]rang\s*\d{1,3}(?:\s*/\s*\d{1,3})?\W*$")]
    private static partial Regex NamesPage();
}
