namespace Analytics.Ingest.Parsing;

/// <summary>Joins pieces of one field that a page break or a split row cut apart: a piece that does not
/// end its sentence runs on with a space ("Làm sân, cổng trường và" + "hàng rào…"), otherwise a new line.</summary>
internal static class TextJoin
{
    public static string Join(IEnumerable<string> pieces)
    {
        var result = "";
        foreach (var raw in pieces)
        {
            var piece = raw.Trim();
            if (piece.Length == 0) continue;
            if (result.Length == 0)
            {
                result = piece;
                continue;
            }
            result += RunsOn(result, piece) ? " " + piece : "\n" + piece;
        }
        return result;
    }

    /// <summary>The distinct non-empty lines of a text, in order.</summary>
    public static IReadOnlyList<string> DistinctLines(string? text) =>
        text is null
            ? []
            : text.Split('\n').Select(l => CollapseRepeats(l.Trim().TrimEnd('.', ';', ',').Trim())).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Năm học 2024 - 2025 Năm học 2024 - 2025" (one phrase per former paragraph, flattened)
    /// → "Năm học 2024 - 2025".</summary>
    public static string CollapseRepeats(string line)
    {
        for (var k = 2; k <= 8; k++)
        {
            var unit = (line.Length - (k - 1)) / k;
            if (unit < 3 || unit * k + (k - 1) != line.Length) continue;
            var phrase = line[..unit];
            if (string.Join(' ', Enumerable.Repeat(phrase, k)) == line) return phrase;
        }
        return line;
    }

    /// <summary>A piece continues the text before it when the cut fell mid-phrase: it starts in lower case
    /// or with an acronym ("GD, Chính quyền…"), or the text before ends on a joining word or comma.</summary>
    private static bool RunsOn(string before, string piece)
    {
        if (EndsSentence(before) || StartsList(piece)) return false;
        if (char.IsLower(piece[0])) return true;
        var lastWord = before.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (before[^1] is ',' or '-' or '–' || JoiningWords.Contains(Folded.Of(lastWord))) return true;
        var firstToken = new string(piece.TakeWhile(char.IsLetter).ToArray());
        return firstToken.Length >= 2 && firstToken.All(char.IsUpper) && piece.Length > firstToken.Length && piece[firstToken.Length] is ',' or ' ';
    }

    private static readonly HashSet<string> JoiningWords = ["va", "voi", "cua", "cho", "cac", "den", "tu", "theo", "trong", "tai", "hoac", "nhung", "de", "o"];

    private static bool EndsSentence(string text) => text[^1] is '.' or ';' or ':' or '!' or '?';

    private static bool StartsList(string piece) =>
        piece[0] is '-' or '+' or '•' || (char.IsDigit(piece[0]) && piece.Length > 1 && (piece[1] is '.' or ')' || (char.IsDigit(piece[1]) && piece.Length > 2 && piece[2] is '.' or ')')));
}
