using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Joins the visual lines of one paragraph or cell. A line that starts with a list marker
/// ("-", "+", "•", "1.", "a)") begins a new paragraph ('\n'); any other line continues the previous one.</summary>
internal static partial class TextJoiner
{
    public static string Join(IReadOnlyList<OcrLine> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.Length == 0) continue;
            if (builder.Length > 0) builder.Append(StartsListItem(text) ? '\n' : ' ');
            builder.Append(text);
        }
        return builder.ToString();
    }

    public static bool StartsListItem(string text) => ListMarker().IsMatch(text);

    [GeneratedRegex(@"^\s*([-+•*–]\s|\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVX]{1,5}[.)]\s)")]
    private static partial Regex ListMarker();
}
