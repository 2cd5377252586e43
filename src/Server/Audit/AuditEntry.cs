namespace Analytics.Server.Audit;

/// <summary>One line of the audit log.</summary>
public sealed record AuditEntry(DateTimeOffset At, string? User, string Action, string? Detail);
