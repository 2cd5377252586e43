namespace Analytics.Ingest.Records;

/// <summary>A value an analyst set by hand over what the parser read: which plan of the source (1 = the
/// first), which field ("school.name", "items[2].budget"; items counted from 1), the value set and the
/// value it replaced, who set it and when. Kept beside the records and applied again after every re-ingest.</summary>
public sealed record FieldCorrection(int Plan, string Field, string? Value, string? Original, string By, DateTimeOffset At);
