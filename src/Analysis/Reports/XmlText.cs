using System.Text;

namespace Analytics.Analysis.Reports;

/// <summary>Text made safe for XML parts (DOCX, XLSX): characters XML cannot hold are dropped, and
/// over-long text is cut (a spreadsheet cell holds at most 32,767 characters).</summary>
internal static class XmlText
{
    public const int MaxCell = 32_767;

    public static string Clean(string text, int max = int.MaxValue)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (!Allowed(c)) { needs = true; break; }
        }
        var clean = text;
        if (needs)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (Allowed(c)) builder.Append(c);
            }
            clean = builder.ToString();
        }
        return clean.Length <= max ? clean : clean[..(max - 1)] + "…";
    }

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
