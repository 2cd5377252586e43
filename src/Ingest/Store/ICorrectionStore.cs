using Analytics.Ingest.Records;

namespace Analytics.Ingest.Store;

/// <summary>Where analysts' corrections are kept, by source, apart from the parsed records so that a
/// re-ingest (which replaces the records) never loses them. The data folder's implementation is
/// <see cref="FileCorrectionStore"/>; a server's database may provide another.</summary>
public interface ICorrectionStore
{
    /// <summary>The corrections of one source, oldest first (empty when none).</summary>
    IReadOnlyList<FieldCorrection> For(string source);

    /// <summary>Keeps a correction; a later correction of the same plan and field wins over an earlier one.</summary>
    void Add(string source, FieldCorrection correction);
}
