using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads plan records out of a document. One file may hold several plans.
/// A document that is not a plan is a failure with a reason.</summary>
public interface IPlanParser
{
    Result<IReadOnlyList<PlanRecord>> Parse(SourceDocument document);
}
