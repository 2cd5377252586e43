using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>`plans submit --again`: a file already stored is queued and read anew (after the reader learnt
/// something, as school.commune), its plans replaced, not doubled; without it the content is "already stored".</summary>
public sealed class ReadAgainTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_stored_plan_read_by_an_older_reader_gains_its_commune_when_submitted_again()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var files = Path.Combine(folder.Path, "files");
        var plan = Path.Combine(RepoPaths.Corpus, "lc-thcs-thpt-mau-due.docx");
        string[] Submit(params string[] extra) => ["submit", plan, "--server", database.ConnectionString, "--files", files, .. extra];
        string[] Worker() => ["worker", "--server", database.ConnectionString, "--files", files, "--until-empty", "--threads", "1"];

        await Succeeds(Submit());
        await Succeeds(Worker());
        var plans = database.Scalar("SELECT count(*) FROM plans");
        Assert.True(plans > 0);
        // What a reader before school.commune stored.
        Assert.Equal(plans, database.Scalar("WITH older AS (UPDATE plans SET record = record #- '{school,commune}' RETURNING 1) SELECT count(*) FROM older"));

        Assert.Contains("1 already stored", await Succeeds(Submit()));
        Assert.Contains("1 queued", await Succeeds(Submit("--again")));
        await Succeeds(Worker());
        Assert.Equal(plans, database.Scalar("SELECT count(*) FROM plans WHERE record->'school'->>'commune' = 'Mậu Duệ'"));
        Assert.Equal(plans, database.Scalar("SELECT count(*) FROM plans"));
        Assert.Equal(1, database.Scalar("SELECT count(*) FROM ingest_jobs WHERE state = 'done' AND attempts = 1"));
    }

    private static async Task<string> Succeeds(string[] args)
    {
        var (exit, output) = await PlansProcess.Run(Limit, args);
        Assert.True(exit == 0, output);
        return output;
    }
}
