using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Self-assessment results written as a list ("- Tiêu chí 2.1: Đạt Mức 3."): a line naming one
/// criterion before its colon and nothing but a result after it. Such a line is an assessment, never an item.</summary>
internal static class ResultLines
{
    public static Assessment? Of(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon == line.Length - 1) return null;
        var result = AssessmentColumns.ResultOfText(line[(colon + 1)..].Trim().TrimEnd('.', ';'));
        if (result is null) return null;
        var named = CriterionReferences.Parse(line[..colon].TrimStart('-', '+', '•', '*', ' '));
        return named is { IsStandardOnly: false, Code: { } code } ? new Assessment(code, AssessmentColumns.ResultName(result.Value), null) : null;
    }

    public static IEnumerable<Assessment> In(IReadOnlyList<Block> blocks) =>
        blocks.OfType<TextBlock>().Select(t => Of(t.Text)).OfType<Assessment>();
}
