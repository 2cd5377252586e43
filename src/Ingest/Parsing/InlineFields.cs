using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Prose plans that write a whole item in one paragraph: "a) Tiêu chí 2.2 – Đối với giáo viên.
/// Mục tiêu: …. Biện pháp: …. Người thực hiện: …. Thời gian: …. Kinh phí: …." Such a paragraph is cut
/// into the criterion line and one line per field, as if each label had started its own line, so the prose
/// reader reads it like any labelled block. A label counts only after a sentence has ended (". ", "; ")
/// and only if it names a field (the table-header vocabulary); the paragraph must open with a criterion
/// reference (after an optional list letter or number) and hold two such labels at least.</summary>
internal static partial class InlineFields
{
    private const int MinimumLabels = 2;

    /// <summary>Put before a line so that its first label, too, follows the end of a sentence.</summary>
    private const string SentenceStart = ". ";

    /// <summary>The label the words before a bracket of fields are given: what is done.</summary>
    private const string ActionsLabel = "Biện pháp";

    private static readonly ColumnRole[] FieldRoles =
        [ColumnRole.Target, ColumnRole.Actions, ColumnRole.Lead, ColumnRole.Timeline, ColumnRole.Budget, ColumnRole.Funding];

    public static IReadOnlyList<Block> Expand(IReadOnlyList<Block> blocks)
    {
        List<Block>? result = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var parts = blocks[b] is TextBlock text ? Split(text) : null;
            if (parts is null)
            {
                result?.Add(blocks[b]);
                continue;
            }
            result ??= [.. blocks.Take(b)];
            result.AddRange(parts);
        }
        return result ?? blocks;
    }

    private static List<TextBlock>? Split(TextBlock block)
    {
        var text = block.Text;
        if (text.Contains('\n')) return null;
        return AfterReference(block, text) ?? LabelledLine(block, text) ?? BracketedFields(block, text);
    }

    /// <summary>"a) Tiêu chí 2.2 – …. Mục tiêu: …. Biện pháp: …": the reference, then one line per field.</summary>
    private static List<TextBlock>? AfterReference(TextBlock block, string text)
    {
        var head = ListMarker().Replace(text, "");
        var labels = Labels(head);
        if (labels.Count < MinimumLabels) return null;
        var reference = LetterBeforeLabel().Replace(head[..labels[0].At], "").Trim().TrimEnd('.', ';', ':').Trim();
        if (CriterionReferences.Parse(reference) is null) return null;
        var parts = new List<TextBlock> { block with { Kind = TextKind.Paragraph, Text = reference, ListLabel = null } };
        parts.AddRange(Fields(block, head, labels));
        return parts;
    }

    /// <summary>"Thời gian: …; Người phụ trách: …; Kinh phí: …." — one line holding several labelled fields.</summary>
    private static List<TextBlock>? LabelledLine(TextBlock block, string text)
    {
        var head = text.TrimStart('-', '+', '•', '*', '–', ' ');
        var labels = Labels(SentenceStart + head);
        if (labels.Count < MinimumLabels || labels[0].At != SentenceStart.Length) return null;
        return [.. Fields(block, head, [.. labels.Select(l => l with { At = l.At - SentenceStart.Length })])];
    }

    /// <summary>"- Trồng cây bóng mát (thời gian: tháng 2/2025; phụ trách: …; kinh phí: 18 triệu đồng)." — an
    /// action whose fields follow in a bracket: the words before the bracket are the actions.</summary>
    /// <remarks>"1. Bồi dưỡng giáo viên … (tiêu chí 2.2; thời gian: …; kinh phí: …)." names its criterion first in
    /// the bracket: the paragraph is then an item of its own, its number only the list's.</remarks>
    private static List<TextBlock>? BracketedFields(TextBlock block, string text)
    {
        var m = FieldsInBracket().Match(text);
        if (!m.Success) return null;
        var (reference, inside) = LeadingReference(m.Groups["fields"].Value);
        var labels = Labels(SentenceStart + inside);
        if (labels.Count < MinimumLabels || labels[0].At != SentenceStart.Length) return null;
        var words = m.Groups["words"].Value.TrimStart('-', '+', '•', '*', '–', ' ').Trim();
        if (reference is not null) words = ListMarker().Replace(words, "");
        var parts = new List<TextBlock>();
        if (reference is not null) parts.Add(block with { Kind = TextKind.Paragraph, Text = reference, ListLabel = null });
        parts.Add(block with { Kind = TextKind.ListItem, Text = $"- {ActionsLabel}: {words}", ListLabel = null });
        parts.AddRange(Fields(block, inside, [.. labels.Select(l => l with { At = l.At - SentenceStart.Length })]));
        return parts;
    }

    /// <summary>"tiêu chí 2.2; thời gian: …": a criterion reference (no label) before the first ";" of a bracket.</summary>
    private static (string? Reference, string Fields) LeadingReference(string inside)
    {
        var end = inside.IndexOf(';');
        if (end < 0) return (null, inside);
        var head = inside[..end].Trim();
        return !head.Contains(':') && CriterionReferences.Parse(head) is { IsStandardOnly: false }
            ? (head, inside[(end + 1)..].TrimStart())
            : (null, inside);
    }

    private static List<(int At, ColumnRole Role)> Labels(string text)
    {
        var labels = new List<(int At, ColumnRole Role)>();
        foreach (Match m in InlineLabel().Matches(text))
        {
            var role = HeaderVocabulary.RoleOf(m.Groups["label"].Value);
            if (FieldRoles.Contains(role)) labels.Add((m.Groups["label"].Index, role));
        }
        return labels;
    }

    private static IEnumerable<TextBlock> Fields(TextBlock block, string text, List<(int At, ColumnRole Role)> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].At : text.Length;
            var field = text[labels[i].At..end].Trim();
            // The separator before the next label belongs to no field ("…; nguồn: …" keeps no trailing ";"); the
            // full stop that ends a short value (a lead, a time, an amount, a source) is the sentence's, not the value's.
            field = LetterBeforeLabel().Replace(field, "").TrimEnd(';').TrimEnd();
            if (labels[i].Role is not (ColumnRole.Target or ColumnRole.Actions)) field = field.TrimEnd('.').TrimEnd();
            yield return block with { Kind = TextKind.ListItem, Text = "- " + field, ListLabel = null };
        }
    }

    [GeneratedRegex(@"^\s*(?:[a-zđ]|\d{1,2})\s*[\.\)]\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?<words>.{3,}?)\s*\((?<fields>[^()]{8,})\)\s*[.;]?\s*$")]
    private static partial Regex FieldsInBracket();

    /// <summary>A label of one to five words after the end of a sentence, followed by a colon; a list letter may
    /// number it ("…; b) Biện pháp: …"), and a lettered first label may follow the colon of the criterion line
    /// ("Tiêu chí 1.8 (…): a) Mục tiêu: …").</summary>
    [GeneratedRegex(@"(?:(?<=[\.;])\s+(?:[a-zđ]\s*\)\s*)?|(?<=:)\s+[a-zđ]\s*\)\s*)(?<label>\p{L}+(?:\s+\p{L}+){0,4})\s*:")]
    private static partial Regex InlineLabel();

    /// <summary>The list letter of the first field, left at the end of the criterion line.</summary>
    [GeneratedRegex(@"\s[a-zđ]\s*\)\s*$")]
    private static partial Regex LetterBeforeLabel();
}
