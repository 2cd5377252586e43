using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>Two `plans worker` processes ingest the corpus from the queue of a real PostgreSQL; one is killed
/// (SIGKILL) while it reads a scan, and the batch still completes with every plan stored exactly once.</summary>
public sealed class WorkerQueueTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Killed_worker_job_is_taken_again_and_every_plan_is_stored_once()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var files = Path.Combine(folder.Path, "files");
        // Twins whose names no corpus document has: a source name submitted again with other content replaces the stored plan.
        var scans = new[] { "mn-tan-dinh.pdf", "th-so-1-cat-tan.pdf" }.Select(n => RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "twins", "scan", n)).ToArray();
        var corpus = CorpusInputs.Documents();
        // The scans go first, so the first jobs the workers take are the slow ones (seconds of OCR each).
        var (exit, output) = await PlansProcess.Run(Limit, ["submit", .. scans, "--server", database.ConnectionString, "--files", files]);
        Assert.True(exit == 0, output);
        (exit, output) = await PlansProcess.Run(Limit, ["submit", .. corpus.Select(c => c.Path), "--server", database.ConnectionString, "--files", files]);
        Assert.True(exit == 0, output);
        Assert.Equal(scans.Length + corpus.Count, database.Scalar("SELECT count(*) FROM ingest_jobs"));

        string[] Worker(string name) => ["worker", "--server", database.ConnectionString, "--files", files, "--name", name, "--lease", "3", "--until-empty"];
        using var doomed = PlansProcess.Start(Worker("A"));
        using var survivor = PlansProcess.Start(Worker("B"));
        var killedJob = await WaitForScanLease(database, "A", doomed);
        doomed.Kill();

        Assert.Equal(0, await survivor.Wait(Limit));
        Assert.Equal(0, database.Scalar("SELECT count(*) FROM ingest_jobs WHERE state IN ('queued', 'running')"));
        // The killed worker's job was leased twice and finished by the survivor.
        Assert.Equal(2, database.Scalar($"SELECT attempts FROM ingest_jobs WHERE id = {killedJob}"));
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM ingest_jobs WHERE id = {killedJob} AND state = 'done'"));
        // Refused: only the corpus document that is not a plan.
        Assert.Equal(corpus.Count(c => c.Plans == 0), database.Scalar("SELECT count(*) FROM ingest_jobs WHERE state = 'failed'"));

        foreach (var (path, plans) in corpus)
            Assert.True(plans == database.Scalar($"SELECT count(*) FROM plans WHERE source = '{Path.GetFileName(path)}'"), $"{path}: expected {plans} plans");
        // A scan is stored once: one source row, its plans numbered 0..n-1 once each (how many plans OCR finds in
        // a scan is the parser's matter: th-so-1-cat-tan's scan reads as two today, its born-digital plan as one).
        var scanPlans = 0L;
        foreach (var scan in scans)
        {
            var name = Path.GetFileName(scan);
            Assert.Equal(1, database.Scalar($"SELECT count(*) FROM sources WHERE source = '{name}'"));
            var stored = database.Scalar($"SELECT count(*) FROM plans WHERE source = '{name}'");
            Assert.True(stored >= 1, $"{name}: no plan stored");
            Assert.Equal(stored, database.Scalar($"SELECT count(DISTINCT ordinal) FROM plans WHERE source = '{name}'"));
            Assert.Equal(stored - 1, database.Scalar($"SELECT max(ordinal) FROM plans WHERE source = '{name}'"));
            scanPlans += stored;
        }
        Assert.Equal(corpus.Sum(c => c.Plans) + scanPlans, database.Scalar("SELECT count(*) FROM plans"));
        // One source per content (a scan twin and its born-digital plan may share a plan id: same school and year).
        Assert.Equal(database.Scalar("SELECT count(*) FROM sources"), database.Scalar("SELECT count(DISTINCT content_hash) FROM sources"));
        Assert.Equal(database.Scalar("SELECT count(*) FROM sources"), database.Scalar("SELECT count(*) FROM ingest_jobs WHERE state = 'done'"));
        Assert.Contains("B: job " + killedJob, survivor.Output);

        // The same files again: nothing new is queued or stored.
        (exit, output) = await PlansProcess.Run(Limit, ["submit", .. corpus.Select(c => c.Path), "--server", database.ConnectionString, "--files", files]);
        Assert.True(exit == 0, output);
        Assert.Contains(" 0 queued", output);
        Assert.Equal(scans.Length + corpus.Count, database.Scalar("SELECT count(*) FROM ingest_jobs"));
    }

    /// <summary>The id of a scan job worker <paramref name="owner"/> holds, as soon as it holds one.</summary>
    private static async Task<long> WaitForScanLease(TestDatabase database, string owner, PlansProcess process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            var job = database.Scalar($"SELECT coalesce(max(id), 0) FROM ingest_jobs WHERE lease_owner = '{owner}' AND state = 'running' AND source LIKE '%.pdf' AND id <= 2");
            if (job > 0) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"worker {owner} never held a scan job; its output:\n{process.Output}");
    }
}
