namespace Analytics.Ingest.Parsing;

/// <summary>What a column of an improvement table holds, decided from its header text.</summary>
internal enum ColumnRole
{
    Unknown,
    Number,
    Standard,
    Criterion,
    Target,
    Actions,
    Lead,
    Timeline,
    Budget,
    Funding,
    Support,
    Note,
    Supervision,
    ReportDate,
}
