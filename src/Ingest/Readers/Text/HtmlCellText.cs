using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Turns the HTML fragments that exports leave inside table cells ("&lt;p&gt;1. …&lt;/p&gt; &lt;p&gt;2. …&lt;/p&gt;",
/// "&lt;br&gt;", entities) into plain lines. Only formatting tags are removed, so text such as
/// "&lt;http://…&gt;" survives.</summary>
internal static partial class HtmlCellText
{
    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li)\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<\s*/?\s*(?:p|div|span|b|i|u|em|strong|li|ul|ol|font|sup|sub)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")]
    private static partial Regex Entity();

    public static bool ContainsMarkup(string text) =>
        text.Contains('<') && (LineBreakTag().IsMatch(text) || FormattingTag().IsMatch(text)) || Entity().IsMatch(text);

    public static string ToPlain(string text)
    {
        if (!ContainsMarkup(text)) return text;
        var withBreaks = LineBreakTag().Replace(text, "\n");
        var stripped = FormattingTag().Replace(withBreaks, "");
        var decoded = WebUtility.HtmlDecode(stripped).Replace('\u00A0', ' ');
        var lines = decoded.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
