using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Compares one extracted plan record with its hand-made expectation, field by field.</summary>
public static class RecordComparer
{
    public static IReadOnlyList<FieldCheck> Compare(PlanRecord expected, PlanRecord actual, string prefix = "")
    {
        var checks = new CheckList(prefix);
        checks.Add("source", expected.Source, actual.Source, CompareRules.Exact);

        checks.Add("school.name", expected.School.Name, actual.School.Name, TextKey.SameText);
        checks.Add("school.level", expected.School.Level, actual.School.Level, CompareRules.Exact);
        checks.Add("school.province", expected.School.Province, actual.School.Province, TextKey.SameProvince);
        checks.Add("school.district", expected.School.District, actual.School.District, TextKey.SameProvince);
        checks.Add("school.provinceCurrent", expected.School.ProvinceCurrent, actual.School.ProvinceCurrent, TextKey.SameProvince);

        checks.Add("document.number", expected.Document.Number, actual.Document.Number, TextKey.SameNumber);
        checks.Add("document.date", expected.Document.Date, actual.Document.Date, CompareRules.Exact);
        checks.Add("document.title", expected.Document.Title, actual.Document.Title, TextKey.SameText);
        checks.Add("document.periodStart", expected.Document.PeriodStart, actual.Document.PeriodStart);
        checks.Add("document.periodEnd", expected.Document.PeriodEnd, actual.Document.PeriodEnd);

        checks.Add("regulation", expected.Regulation, actual.Regulation, CompareRules.Exact);

        AssessmentComparer.Compare(expected.Assessments, actual.Assessments, checks);
        ItemComparer.Compare(expected.Items, actual.Items, checks);
        WeaknessComparer.Compare(expected.Weaknesses, actual.Weaknesses, checks);
        checks.AddSet("gaps", expected.Gaps, actual.Gaps);
        return checks.Checks;
    }
}
