using Analytics.Testing;
using Analytics.Search.Querying;
using Analytics.Server.Accounts;
using Analytics.Server.Indexing;
using Analytics.Server.Review;
using Analytics.Server.Store;

namespace Analytics.Server.Tests;

/// <summary>Corrections and deletions in server mode, on the real PostgreSQL: laid over the stored plan, kept
/// through a re-ingest, scoped by the account's units and role, audited, and followed by a node's index.</summary>
public sealed class PlanEditsTests
{
    [Fact]
    public void A_correction_is_laid_over_the_plan_survives_a_reingest_is_audited_and_reaches_the_index()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var (store, source, commune, edits) = Stored(database);
        var uploader = new Account("xa", Roles.Uploader, null, [commune]);

        Assert.Equal((PlanEdits.Refusal.None, null), edits.Correct(uploader, source.Source, 1, "school.name", "Trường đã sửa tên"));
        Assert.Equal("Trường đã sửa tên", store.Get(source.Source)!.Records[0].School.Name);
        var correction = Assert.Single(store.Get(source.Source)!.Records[0].Corrections);
        Assert.Equal(("xa", source.Records[0].School.Name), (correction.By, correction.Original));

        // A worker storing a new reading of the same file keeps the analyst's correction.
        store.Put(source with { IngestedAt = DateTimeOffset.UnixEpoch.AddDays(1) });
        Assert.Equal("Trường đã sửa tên", store.Get(source.Source)!.Records[0].School.Name);
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM audit_log WHERE user_name = 'xa' AND action = 'correct' AND detail LIKE '%school.name%'"));

        using var node = new IndexFollower(database.Source, Path.Combine(folder.Path, "node"));
        node.CatchUp();
        var hits = node.Search(new SearchRequest("\"đã sửa tên\"") { Scope = SearchScope.Plans, Within = uploader.Within() }).Response!;
        Assert.Equal(1, hits.TotalHits);
    }

    [Fact]
    public void Only_the_plans_own_units_may_correct_not_out_of_their_units_only_analysts_and_admins_delete_and_a_deletion_is_audited()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var (store, source, commune, edits) = Stored(database);
        var province = source.Records[0].School.ProvinceCurrent!;

        var elsewhere = new Account("xa-khac", Roles.Uploader, null, ["Tân Lợi"]);
        Assert.Equal(PlanEdits.Refusal.NotFound, edits.Correct(elsewhere, source.Source, 1, "school.name", "x").Refusal);
        Assert.Equal(PlanEdits.Refusal.NotAllowed, edits.Correct(new Account("xem", Roles.Viewer, null, [commune]), source.Source, 1, "school.name", "x").Refusal);
        Assert.Equal(PlanEdits.Refusal.Invalid, edits.Correct(new Account("xa", Roles.Uploader, null, [commune]), source.Source, 1, "school.nothing", "x").Refusal);
        Assert.Equal(PlanEdits.Refusal.Invalid, edits.Correct(new Account("xa", Roles.Uploader, null, [commune]), source.Source, 1, "school.commune", "Tân Lợi").Refusal);
        Assert.Equal(PlanEdits.Refusal.NotAllowed, edits.Delete(new Account("xa", Roles.Uploader, null, [commune]), source.Source));
        Assert.Equal(PlanEdits.Refusal.NotFound, edits.Delete(new Account("tinh-khac", Roles.Analyst, "Lai Châu", []), source.Source));
        Assert.Equal(0, database.Scalar("SELECT count(*) FROM corrections"));

        using var node = new IndexFollower(database.Source, Path.Combine(folder.Path, "node"));
        node.CatchUp();
        Assert.Equal(PlanEdits.Refusal.None, edits.Delete(new Account("phan-tich", Roles.Analyst, province, []), source.Source));
        Assert.Null(store.Get(source.Source));
        Assert.Equal(1, node.CatchUp());
        Assert.Equal(0, node.Search(new SearchRequest("*") { Scope = SearchScope.Plans }).Response!.TotalHits);
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM audit_log WHERE user_name = 'phan-tich' AND action = 'delete' AND detail LIKE '{source.Source}%'"));
    }

    /// <summary>The post-reform plan stored in the database, its commune, and the edits over that database.</summary>
    private static (PgPlanStore Store, Analytics.Ingest.Store.StoredSource Source, string Commune, PlanEdits Edits) Stored(TestDatabase database)
    {
        var store = new PgPlanStore(database.Source);
        var source = PostReformSource();
        store.Put(source);
        return (store, source, source.Records[0].School.Commune!, new PlanEdits(database.Source));
    }

    /// <summary>A corpus plan signed after the 2025 reform: a commune, no district.</summary>
    internal static Analytics.Ingest.Store.StoredSource PostReformSource() =>
        CorpusSources.All.First(s => s.Source.Contains("mau-due", StringComparison.Ordinal));
}
