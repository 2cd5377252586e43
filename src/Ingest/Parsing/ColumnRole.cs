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
    /// <summary>"Điểm yếu", "Tồn tại, hạn chế": the weakness the row answers, a statement of the plan's weaknesses.</summary>
    Weakness,
}
