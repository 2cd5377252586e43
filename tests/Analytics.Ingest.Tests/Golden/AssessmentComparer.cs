using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Self-assessment rows, paired by criterion; the note is compared only when one is expected.</summary>
internal static class AssessmentComparer
{
    public static void Compare(IReadOnlyList<Assessment> expected, IReadOnlyList<Assessment> actual, CheckList checks)
    {
        var used = new bool[actual.Count];
        foreach (var wanted in expected)
        {
            var at = $"assessments[{wanted.Criterion}]";
            var index = -1;
            for (var i = 0; i < actual.Count && index < 0; i++)
            {
                if (!used[i] && string.Equals(actual[i].Criterion?.Trim(), wanted.Criterion, StringComparison.Ordinal)) index = i;
            }
            if (index < 0)
            {
                checks.Fail("assessments.result", wanted.Result, null, $"{at}.result");
                if (wanted.Note is not null) checks.Fail("assessments.note", wanted.Note, null, $"{at}.note");
                continue;
            }
            used[index] = true;
            checks.Add("assessments.result", wanted.Result, actual[index].Result, CompareRules.Exact, $"{at}.result");
            if (wanted.Note is not null)
                checks.Add("assessments.note", wanted.Note, actual[index].Note, CompareRules.LongText, $"{at}.note");
        }
        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i]) checks.Fail("assessments (extra)", null, $"{actual[i].Criterion} {actual[i].Result}", $"assessments[{actual[i].Criterion} extra]");
        }
    }
}
