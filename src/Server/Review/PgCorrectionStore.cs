using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Npgsql;

namespace Analytics.Server.Review;

/// <summary>The server mode's corrections, in PostgreSQL: the same contract as the data folder's
/// <see cref="FileCorrectionStore"/>. Every write of a source lays them over its records.</summary>
public sealed class PgCorrectionStore(NpgsqlDataSource database) : ICorrectionStore
{
    public IReadOnlyList<FieldCorrection> For(string source)
    {
        using var connection = database.OpenConnection();
        return CorrectionRows.For(connection, null, source);
    }

    public void Add(string source, FieldCorrection correction)
    {
        using var connection = database.OpenConnection();
        CorrectionRows.Add(connection, null, source, correction);
    }
}
