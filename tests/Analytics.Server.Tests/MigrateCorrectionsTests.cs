using Analytics.Testing;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Analytics.Server.Store;

namespace Analytics.Server.Tests;

/// <summary>`plans migrate --from DIR` brings an embedded collection's corrections into the server's corrections
/// table, not only the corrected records: a worker reading the file again in the server keeps them.</summary>
public sealed class MigrateCorrectionsTests
{
    [Fact]
    public async Task Migrated_corrections_survive_a_new_reading_in_the_server_and_a_second_migrate_adds_none()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var source = PlanEditsTests.PostReformSource();
        var embedded = new RecordStore(folder.Path);
        embedded.Put(source);
        var corrected = CorrectionDesk.Correct(embedded, source.Source, 1, "items[1].budget", "150 triệu đồng", "phan-tich", DateTimeOffset.UnixEpoch);
        Assert.True(corrected.IsSuccess, corrected.Error);

        for (var run = 0; run < 2; run++)
        {
            var (exit, output) = await PlansProcess.Run(TimeSpan.FromMinutes(2), "migrate", "--server", database.ConnectionString, "--from", folder.Path);
            Assert.True(exit == 0, output);
        }
        Assert.Equal(1, database.Scalar("SELECT count(*) FROM corrections WHERE field = 'items[1].budget' AND corrected_by = 'phan-tich'"));

        // A worker's new reading of the file is the parser's record, without the correction; the store lays it over.
        var store = new PgPlanStore(database.Source);
        store.Put(source with { IngestedAt = DateTimeOffset.UnixEpoch.AddDays(1) });
        Assert.Equal("150 triệu đồng", store.Get(source.Source)!.Records[0].Items[0].Budget?.Text);
    }
}
