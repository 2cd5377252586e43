using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The plan parser (work in progress: finds no plans yet).</summary>
public sealed class PlanParser : IPlanParser
{
    public Result<IReadOnlyList<PlanRecord>> Parse(SourceDocument document) =>
        Result<IReadOnlyList<PlanRecord>>.Failure("not a plan: no improvement-plan structure found");
}
