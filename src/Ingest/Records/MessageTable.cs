using System.Text.RegularExpressions;

namespace Analytics.Ingest.Records;

/// <summary>English product messages (kept as they are for logs and the command line) turned into the
/// Vietnamese an analyst reads by an ordered list of patterns; the first that matches wins, and a message no
/// pattern knows is shown as it is rather than hidden.</summary>
public sealed class MessageTable((string Pattern, string Vietnamese)[] rows)
{
    private readonly (Regex Pattern, string Vietnamese)[] _rows =
        [.. rows.Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)), r.Vietnamese))];

    public string? TryTranslate(string message)
    {
        foreach (var (pattern, vietnamese) in _rows)
        {
            if (pattern.IsMatch(message)) return pattern.Replace(message, vietnamese, 1);
        }
        return null;
    }
}
