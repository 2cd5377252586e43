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
        var head = ListMarker().Replace(text, "");
        var labels = new List<int>();
        var roles = new List<ColumnRole>();
        foreach (Match m in InlineLabel().Matches(head))
        {
            var role = HeaderVocabulary.RoleOf(m.Groups["label"].Value);
            if (!FieldRoles.Contains(role)) continue;
            labels.Add(m.Groups["label"].Index);
            roles.Add(role);
        }
        if (labels.Count < MinimumLabels) return null;
        var reference = head[..labels[0]].Trim().TrimEnd('.', ';').Trim();
        if (CriterionReferences.Parse(reference) is null) return null;

        var parts = new List<TextBlock> { block with { Kind = TextKind.Paragraph, Text = reference, ListLabel = null } };
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1] : head.Length;
            var field = head[labels[i]..end].Trim();
            // The separator before the next label belongs to no field ("…; nguồn: …" keeps no trailing ";"); the
            // full stop that ends a short value (a lead, a time, an amount, a source) is the sentence's, not the value's.
            field = field.TrimEnd(';').TrimEnd();
            if (roles[i] is not (ColumnRole.Target or ColumnRole.Actions)) field = field.TrimEnd('.').TrimEnd();
            parts.Add(block with { Kind = TextKind.ListItem, Text = "- " + field, ListLabel = null });
        }
        return parts;
    }

    [GeneratedRegex(@"^\s*(?:[a-zđ]|\d{1,2})\s*[\.\)]\s+")]
    private static partial Regex ListMarker();

    /// <summary>A label of one to five words after the end of a sentence, followed by a colon.</summary>
    [GeneratedRegex(@"(?<=[\.;])\s+(?<label>\p{L}+(?:\s+\p{L}+){0,4})\s*:")]
    private static partial Regex InlineLabel();
}
