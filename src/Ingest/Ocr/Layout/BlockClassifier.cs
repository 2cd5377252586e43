using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Paragraph, list item or heading, from the text alone (OCR has no styles): a short line in
/// capitals, or a Roman-numbered section, is a heading.</summary>
internal static class BlockClassifier
{
    public static TextKind Classify(string text)
    {
        if (TextJoiner.StartsListItem(text))
        {
            return IsRomanSection(text) ? TextKind.Heading : TextKind.ListItem;
        }
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count >= 4 && text.Length <= 120 && letters.Count(char.IsUpper) >= 0.8 * letters.Count) return TextKind.Heading;
        return TextKind.Paragraph;
    }

    private static bool IsRomanSection(string text)
    {
        var head = text.TrimStart();
        var end = head.IndexOfAny(['.', ')']);
        return end is > 0 and <= 5 && head[..end].All(c => c is 'I' or 'V' or 'X');
    }
}
