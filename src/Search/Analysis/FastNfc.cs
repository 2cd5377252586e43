using Analytics.Ingest.Text;

namespace Analytics.Search.Analysis;

/// <summary>NFC with a fast path: text made only of characters that are their own NFC form whatever
/// follows them (ASCII, precomposed Latin letters, Vietnamese precomposed letters, common punctuation)
/// is returned as is, without the platform normaliser (slow per call on Linux, where it goes through
/// ICU, and indexing calls it for every field of every document).</summary>
internal static class FastNfc
{
    public static string Normalize(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x0300 || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2000' and <= '\u206F') continue;
            return VietnameseFolding.Nfc(text);
        }
        return text;
    }
}
