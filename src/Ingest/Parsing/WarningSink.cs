using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Collects the doubts raised while parsing one plan.</summary>
internal sealed class WarningSink
{
    private readonly List<RecordWarning> _warnings = [];

    public IReadOnlyList<RecordWarning> All => _warnings;

    public void Add(string field, string message, Provenance? where = null) =>
        _warnings.Add(new RecordWarning(field, message, where?.ToString()));
}
