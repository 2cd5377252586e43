namespace Analytics.Ingest.Readers.Conversion;

/// <summary>How LibreOffice is run for a conversion.</summary>
public sealed record LibreOfficeOptions
{
    /// <summary>The executable, a name looked up on PATH or a full path.</summary>
    public string Executable { get; init; } = "soffice";

    /// <summary>Longest a conversion may take, start-up included; past it the process tree is killed.
    /// A cold start with a fresh profile takes 3–8 s on a small machine; a plan converts in about a second
    /// more, so two minutes only ever stops a hung or pathological conversion.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(2);

    public static LibreOfficeOptions Default { get; } = new();
}
