namespace Analytics.Ingest.Ocr.Layout;

/// <summary>What one Tesseract "word" really holds: a '|' inside it is a table rule the eraser missed (never
/// Vietnamese text), so the word is cut there and the bar dropped; then numbers glued to syllables and two
/// glued syllables are separated. Each piece keeps its offset in the original text, so its share of the
/// word's box can be worked out.</summary>
internal static class WordPieces
{
    public static List<(string Text, int Start)> Split(string word)
    {
        var pieces = new List<(string, int)>();
        var start = 0;
        foreach (var segment in word.Split('|'))
        {
            var offset = start;
            foreach (var numberPart in GluedNumberSplitter.Split(segment))
            {
                foreach (var syllable in SyllableSplitter.Split(numberPart))
                {
                    pieces.Add((syllable, offset));
                    offset += syllable.Length;
                }
            }
            start += segment.Length + 1;
        }
        pieces.RemoveAll(p => p.Item1.Length == 0);
        return pieces;
    }
}
