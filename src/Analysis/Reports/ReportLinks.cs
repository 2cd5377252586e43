namespace Analytics.Analysis.Reports;

/// <summary>Which links a report may carry: http(s) addresses and relative paths (a source file beside
/// the report). Everything else — javascript:, data:, file:, vbscript: — is written as plain text, so
/// clicking a name taken from an ingested file can never run code or open something local.</summary>
public static class ReportLinks
{
    public static bool IsSafe(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return false;
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var absolute))
            return absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps;
        // Relative: a scheme could still hide before the first '/' (browsers strip tabs and newlines).
        var cleaned = new string(link.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon);
    }
}
