using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>The numbered parts of a criterion section in a self-assessment report ("1. Mô tả hiện trạng" …
/// "4. Kế hoạch cải tiến chất lượng", "5. Tự đánh giá: Đạt Mức 2."): only the plan part is the item; what came
/// before the first part (the criterion's requirements, "Mức 1: a) …") is no target; the verdict is the
/// criterion's own result.</summary>
internal sealed class SelfAssessmentPartRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        var current = line.Current;
        if (current.Reference is null || ProseItemReader.SelfAssessmentPart(line.Text) is not { } part) return LineOutcome.Next;
        if (!current.SelfAssessed) current.Clear(ColumnRole.Target);
        current.SelfAssessed = true;
        line.State.InPlanPart = part.IsPlan;
        if (part.IsPlan && part.After.Length > 0) ProseItemReader.AddPlanSentence(current, part.After);
        else if (part.IsVerdict && AssessmentColumns.ResultOfText(part.After.TrimEnd('.', ' ')) is { } result) current.SelfAssessmentResult = result;
        return LineOutcome.Done;
    }
}
