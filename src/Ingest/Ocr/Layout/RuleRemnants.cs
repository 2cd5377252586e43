namespace Analytics.Ingest.Ocr.Layout;

/// <summary>What is left of an erased vertical rule is read as '[', ']', '|' or 'l' glued to the first or
/// last word of a cell line ("[Tỷ", "[Ngân", a lone "l"). Only those characters, and only on a word that
/// touches the cell's left or right border, are dropped: a bracket or an 'l' inside the cell is text.</summary>
internal static class RuleRemnants
{
    private static readonly char[] Bars = ['[', ']', '|'];

    /// <returns>The word without remnants, or null when nothing but a remnant is left.</returns>
    public static OcrWord? Strip(OcrWord word, double cellLeft, double cellRight, double reach)
    {
        var atLeft = word.Box.Left - cellLeft <= reach;
        var atRight = cellRight - word.Box.Right <= reach;
        if (!atLeft && !atRight) return word;
        var text = word.Text;
        if (atLeft) text = text.TrimStart(Bars);
        if (atRight) text = text.TrimEnd(Bars);
        if (text.Length == 0 || text == "l") return null;
        return text.Length == word.Text.Length ? word : word with { Text = text };
    }
}
