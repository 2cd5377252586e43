using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;

namespace Analytics.Analysis.Tests.Reports;

/// <summary>A full report over the corpus and fixture records, plus a plan whose text tries to break
/// markup (angle brackets, ampersands, quotes, a control character).</summary>
internal static class SampleReport
{
    public const string Hostile = "<script>alert(\"x\")</script> & 'Trường' \u0001";

    public static ReportDocument Build()
    {
        var records = TestData.Records(TestData.AllRecordFiles()).ToList();
        var hostile = records[0] with
        {
            Source = "nguồn <độc>.txt",
            School = records[0].School with { Name = "Trường " + Hostile, Province = "Tỉnh <b>X</b>" },
            Weaknesses = [Hostile],
        };
        records.Add(hostile);
        var (report, _) = ReportPipeline.Run(records, new ReportRequest { AsOf = new DateOnly(2024, 6, 1), GapSource = GapSource.Record, Filter = "province:\"Hải Phòng\"" });
        return report;
    }

    public static byte[] Bytes(string format)
    {
        using var stream = new MemoryStream();
        ReportWriters.For(format).Write(Build(), stream);
        return stream.ToArray();
    }
}
