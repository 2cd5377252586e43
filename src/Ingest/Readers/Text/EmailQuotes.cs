using System.Text.RegularExpressions;

namespace Analytics.Ingest.Readers.Text;

/// <summary>A plan pasted into an e-mail and saved from the reply arrives with the mail client's quote
/// markers ("> ", ">> ") in front of every line. The markers are transport, not text: with them the
/// hard-wrapped lines of a paragraph cannot be joined and no heading, list item or field label starts its
/// line. They are removed when most of the text is quoted; a text with a few lines that merely start with
/// "&gt;" keeps them.</summary>
internal static partial class EmailQuotes
{
    private const int MinimumQuotedLines = 5;

    public static string[] Strip(string[] lines)
    {
        var nonBlank = 0;
        var quoted = 0;
        foreach (var line in lines)
        {
            if (LineShapes.IsBlank(line)) continue;
            nonBlank++;
            if (QuoteMarks().IsMatch(line)) quoted++;
        }
        if (quoted < MinimumQuotedLines || quoted * 2 < nonBlank) return lines;
        return [.. lines.Select(line => QuoteMarks().Replace(line, ""))];
    }

    /// <summary>One or more markers at the start of a line, each with the space a client puts after it.</summary>
    [GeneratedRegex(@"^[ \t]*(?:>[ \t]?)+")]
    private static partial Regex QuoteMarks();
}
