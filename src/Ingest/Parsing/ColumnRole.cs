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
    /// <summary>"Mức đạt hiện tại", or a column of "Mức 2" / "Không đạt" cells: the level the criterion reaches now,
    /// its self-assessment; no field of the item.</summary>
    CurrentLevel,
    /// <summary>"Mức phấn đấu": the level the plan aims at; neither an assessment nor a field of the item.</summary>
    TargetLevel,
    /// <summary>"ĐVT", "Số lượng", "Đơn giá" of a procurement table: what is bought, how many, at what unit price.
    /// No field of the item: its budget is the "Thành tiền", the total.</summary>
    Quantity,
}
