namespace Analytics.Ingest.Records;

/// <summary>One ingested plan, in the shape of the export contract (shared/plan-record.md).
/// Extra members beyond the contract: <see cref="Id"/>, <see cref="Warnings"/>, <see cref="Repairs"/>, <see cref="Corrections"/>.</summary>
public sealed record PlanRecord
{
    /// <summary>Stable id: source path plus content hash plus the plan's index inside the file.</summary>
    public string Id { get; init; } = "";
    public string Source { get; init; } = "";
    public SchoolInfo School { get; init; } = new();
    public DocumentInfo Document { get; init; } = new();
    public string? Regulation { get; init; }
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];
    public IReadOnlyList<PlanItem> Items { get; init; } = [];
    public IReadOnlyList<string> Weaknesses { get; init; } = [];
    public IReadOnlyList<string> Gaps { get; init; } = [];

    /// <summary>What was doubtful while reading this plan; nothing doubtful is silently dropped.</summary>
    public IReadOnlyList<RecordWarning> Warnings { get; init; } = [];

    /// <summary>Text repairs applied to the source (diacritics restored, legacy encoding converted…).</summary>
    public IReadOnlyList<TextRepairNote> Repairs { get; init; } = [];

    /// <summary>Fields an analyst corrected by hand (applied over the parsed values), oldest first.</summary>
    public IReadOnlyList<FieldCorrection> Corrections { get; init; } = [];
}

public sealed record SchoolInfo
{
    public string? Name { get; init; }
    /// <summary>mam-non | tieu-hoc | thcs | thpt | lien-cap, or null when unknown.</summary>
    public string? Level { get; init; }
    public string? Province { get; init; }
    public string? District { get; init; }
    /// <summary>The commune, ward or township (xã, phường, thị trấn) the plan names for its school: since the
    /// 2025 reform the only unit under the province, and the unit a commune office's account is given. An
    /// extra field of the record contract; null when the plan names none.</summary>
    public string? Commune { get; init; }
    /// <summary>The province under the boundaries in force since the 2025 merger (34 provinces).</summary>
    public string? ProvinceCurrent { get; init; }
}

public sealed record DocumentInfo
{
    public string? Number { get; init; }
    /// <summary>Issue date, ISO yyyy-MM-dd.</summary>
    public string? Date { get; init; }
    public string? Title { get; init; }
    public int? PeriodStart { get; init; }
    public int? PeriodEnd { get; init; }
}

public sealed record Assessment(string Criterion, string Result, string? Note);

public sealed record PlanItem
{
    public int? Standard { get; init; }
    public string? Criterion { get; init; }
    public string? CriterionName { get; init; }
    /// <summary>Further criteria the item serves, listed after its own ("2.2; 5.1"): extra to the contract,
    /// whose criterion is the first.</summary>
    public IReadOnlyList<string> RelatedCriteria { get; init; } = [];
    public string? Target { get; init; }
    public string? Actions { get; init; }
    public string? Lead { get; init; }
    public Timeline? Timeline { get; init; }
    public Budget? Budget { get; init; }
    public string? Funding { get; init; }
    /// <summary>Facility-gap categories of this item (extra to the contract, which has them per plan).</summary>
    public IReadOnlyList<string> Gaps { get; init; } = [];
    /// <summary>Lowest OCR confidence (0..1) of the table cells this item was read from, when it came from OCR tables.</summary>
    public double? Confidence { get; init; }
}

/// <summary>A timeline as written and the months it spans ("YYYY-MM"), null where not knowable.</summary>
public sealed record Timeline(string Text, string? Start, string? End);

/// <summary>A budget as written and its amount in VND; <see cref="Vnd"/> null when no amount is given.</summary>
public sealed record Budget(string Text, long? Vnd);

/// <summary>A doubt about a field: which field, why, and where in the source.</summary>
public sealed record RecordWarning(string Field, string Message, string? Location = null);

/// <summary>What a repair stage did to a field or block of the source.</summary>
public sealed record TextRepairNote(string Kind, string Original, string Repaired, string? Location = null);
