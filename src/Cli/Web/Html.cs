using System.Text.Encodings.Web;

namespace Analytics.Cli.Web;

/// <summary>Everything that reaches the page from data goes through here. Plans contain `&lt;p&gt;`
/// fragments and script-like text; the encoder leaves Vietnamese letters readable and escapes the rest.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Multi-line text: each line escaped, lines joined with &lt;br&gt;.</summary>
    public static string Lines(string? text) =>
        text is null ? "" : string.Join("<br>", text.Split('\n').Select(line => Encoder.Encode(line.TrimEnd('\r'))));

    /// <summary>For a value inside a query string of an href (then HTML-encoded as an attribute).</summary>
    public static string U(string? text) => text is null ? "" : Uri.EscapeDataString(text);

    public static string Vnd(long? amount) =>
        amount is { } v ? v.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đ" : "";
}
