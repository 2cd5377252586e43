using System.Text;
using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.OcrTone;

/// <summary>Gives a recognised criterion line the marks of the regulation's name it spells: "3.5. Thiêt bi dạy học"
/// → "3.5. Thiết bị dạy học". The line must start with a criterion code ("3.5.", "Tiêu chí 3.5:"), the rest must
/// name that same criterion (<see cref="CriterionNameCorrector"/>, the one home of name matching), and only the
/// leading words whose letters are the name's letters change, and only in their marks: a school's own wording
/// after or instead of the name stays as read.</summary>
public sealed partial class CriterionNameMarks(CriterionNameCorrector names)
{
    public string Apply(string line)
    {
        var code = CodeHead().Match(line);
        if (!code.Success) return line;
        var rest = line[code.Length..];
        if (names.Match(rest) is not { } criterion || criterion.Code != $"{int.Parse(code.Groups["s"].Value)}.{int.Parse(code.Groups["c"].Value)}") return line;
        var spans = new List<WordSpan>();
        WordSpans.Split(rest, spans);
        var builder = new StringBuilder(line, 0, code.Length, line.Length);
        var at = 0;
        var nameWords = Words(criterion.Name);
        var next = 0;
        foreach (var span in spans.Where(s => s.Kind == SpanKind.Word))
        {
            if (next == nameWords.Length) break;
            var read = rest.AsSpan(span.Start, span.Length);
            var printed = nameWords[next].ToLowerInvariant();
            if (SyllableInventory.BareKey(read) != SyllableInventory.BareKey(printed)) break;
            builder.Append(rest, at, span.Start - at).Append(CasePattern.Apply(read, printed));
            at = span.Start + span.Length;
            next++;
        }
        return builder.Append(rest, at, rest.Length - at).ToString();
    }

    private static string[] Words(string text)
    {
        var spans = new List<WordSpan>();
        WordSpans.Split(text, spans);
        return spans.Where(s => s.Kind == SpanKind.Word).Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    /// <summary>A criterion code at the head of a line: "3.5.", "3.5:", "Tiêu chí 3.5 -".</summary>
    [GeneratedRegex(@"^\s*(?:(?i:ti[êeếể]u\s*ch[íi])\s*)?(?<s>\d{1,2})\.(?<c>\d{1,2})\.?\s*[:\-–.]?\s*")]
    private static partial Regex CodeHead();
}
