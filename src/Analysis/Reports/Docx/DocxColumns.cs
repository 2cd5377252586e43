namespace Analytics.Analysis.Reports.Docx;

/// <summary>Column widths and font size of a report table, chosen so that no header word and no amount is
/// ever broken: each column is at least as wide as its longest word (header) and its longest number (cells,
/// which also never wrap), the rest of the width goes to text columns; when the minimums do not fit, the font
/// gets smaller (down to 8 pt) before anything is squeezed.</summary>
internal sealed record DocxColumns(IReadOnlyList<int> Widths, int HalfPoints)
{
    private static readonly int[] FontSizes = [20, 18, 16];
    private const int CellPadding = 230;

    public static DocxColumns For(ReportTable table, int totalTwips)
    {
        foreach (var size in FontSizes)
        {
            var minimums = table.Columns.Select((c, i) => Minimum(table, i, size)).ToList();
            if (minimums.Sum() <= totalTwips) return new DocxColumns(Spread(table, minimums, totalTwips), size);
        }
        var smallest = table.Columns.Select((c, i) => Minimum(table, i, FontSizes[^1])).ToList();
        return new DocxColumns(Scale(smallest, totalTwips), FontSizes[^1]);
    }

    /// <summary>Whether the table needs a landscape page: its minimums at 10 pt overflow portrait A4's text width.</summary>
    public static bool NeedsLandscape(ReportTable table, int portraitTwips) =>
        table.Columns.Count > 6 || table.Columns.Select((c, i) => Minimum(table, i, FontSizes[0])).Sum() > portraitTwips;

    private static int Minimum(ReportTable table, int column, int halfPoints)
    {
        var header = table.Columns[column].Header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Width(w, halfPoints, bold: true)).DefaultIfEmpty(0).Max();
        var numbers = table.Columns[column].Kind == CellKind.Text
            ? LongestWord(table, column, halfPoints)
            : table.Rows.Select(r => column < r.Count ? Width(r[column].Text, halfPoints, bold: false) : 0).DefaultIfEmpty(0).Max();
        return Math.Max(header, numbers) + CellPadding;
    }

    /// <summary>Text cells wrap between words; a word longer than a few characters must still fit.</summary>
    private static int LongestWord(ReportTable table, int column, int halfPoints) =>
        table.Rows.Take(300).SelectMany(r => column < r.Count ? r[column].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            .Select(w => Width(w.Length > 24 ? w[..24] : w, halfPoints, bold: false)).DefaultIfEmpty(0).Max();

    /// <summary>Text width in twips at a font size (half-points): Times New Roman averages about half an em
    /// per character, digits exactly half an em; bold and capitals take a little more.</summary>
    private static int Width(string text, int halfPoints, bool bold)
    {
        var ems = text.Sum(c => char.IsUpper(c) ? 0.68 : c is '.' or ',' or ' ' ? 0.27 : 0.5);
        return (int)Math.Ceiling(ems * halfPoints * 10 * (bold ? 1.08 : 1.0));
    }

    /// <summary>Every column gets its minimum; what is left goes to the text columns in proportion to their
    /// minimums (or to all columns when there is no text column).</summary>
    private static IReadOnlyList<int> Spread(ReportTable table, List<int> minimums, int total)
    {
        var spare = total - minimums.Sum();
        var growing = table.Columns.Select((c, i) => c.Kind == CellKind.Text ? i : -1).Where(i => i >= 0).ToList();
        if (growing.Count == 0) growing = [.. Enumerable.Range(0, minimums.Count)];
        var weight = growing.Sum(i => minimums[i]);
        var widths = minimums.ToArray();
        foreach (var i in growing) widths[i] += Math.Max(0, Math.Min(spare * minimums[i] / weight, MaxTextTwips - widths[i]));
        // A text column wider than a line of a name gains nothing: what it leaves goes to the other columns,
        // so their headers wrap into fewer lines.
        var left = total - widths.Sum();
        var others = Enumerable.Range(0, widths.Length).Where(i => !growing.Contains(i) || growing.Count == widths.Length).ToList();
        if (left > 0 && others.Count > 0)
            foreach (var i in others) widths[i] += left / others.Count;
        return widths;
    }

    /// <summary>About 7 cm: a school's or a province's name on one or two lines.</summary>
    private const int MaxTextTwips = 4000;

    private static IReadOnlyList<int> Scale(List<int> widths, int total)
    {
        var sum = widths.Sum();
        return [.. widths.Select(w => w * total / sum)];
    }
}
