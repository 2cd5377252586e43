using System.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>Cell text as a phrase: every whitespace run (line breaks, tabs) one space, none at the ends.</summary>
internal static class Whitespace
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
