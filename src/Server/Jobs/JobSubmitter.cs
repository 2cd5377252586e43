using System.Security.Cryptography;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Server.Store;
using Npgsql;

namespace Analytics.Server.Jobs;

/// <summary>Puts files into the content store and one ingest job per source into the queue. A job is keyed
/// by the hash the pipeline will give the source (the file's SHA-256, or the packed page set's), so the same
/// content submitted twice, or already stored, makes no second job (unless it is asked to be read again).</summary>
public sealed class JobSubmitter(NpgsqlDataSource database, ContentStore files)
{
    public enum Outcome { Queued, AlreadyQueued, AlreadyStored }

    /// <param name="again">Read the content again even when it is stored or its job is finished (after the
    /// reader learnt something, e.g. school.commune): the finished job is queued anew, under this batch, and the
    /// new reading replaces the stored plans (corrections stay laid over them).</param>
    public Outcome Submit(string batch, InputFile input, string? submittedBy = null, string? commune = null, bool again = false)
    {
        var pages = (input.Pages ?? [input]).Select(p => new SourceFile(p.Source, File.ReadAllBytes(p.Path))).ToList();
        var pageHashes = pages.Select(p => IngestPipeline.ContentHash(p.Content.Span)).ToList();
        var jobHash = input.Pages is null ? pageHashes[0] : IngestPipeline.ContentHash(PageSetFile.Pack(input.Source, pages).Content.Span);
        for (var i = 0; i < pages.Count; i++) files.Put(pageHashes[i], pages[i].Content.Span);

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var stored = new NpgsqlCommand("SELECT 1 FROM sources WHERE content_hash = @h AND NOT deleted", connection, transaction))
        {
            stored.Parameters.AddWithValue("h", jobHash);
            if (!again && stored.ExecuteScalar() is not null) return Outcome.AlreadyStored;
        }
        for (var i = 0; i < pages.Count; i++)
            SourceRows.Run(connection, transaction, "INSERT INTO source_files (content_hash, name, size) VALUES (@h, @n, @s) ON CONFLICT DO NOTHING",
                ("h", pageHashes[i]), ("n", pages[i].Source), ("s", (long)pages[i].Content.Length));
        var inserted = SourceRows.Run(connection, transaction,
            """
            INSERT INTO ingest_jobs (batch, source, job_hash, page_hashes, page_names, submitted_by, commune)
            VALUES (@b, @s, @h, @ph, @pn, @by, @c)
            ON CONFLICT (job_hash) DO UPDATE SET batch = EXCLUDED.batch, submitted_by = EXCLUDED.submitted_by, state = 'queued', attempts = 0,
                error = NULL, finished_at = NULL, created_at = now()
            WHERE @again AND ingest_jobs.state IN ('done', 'failed')
            """,
            ("b", batch), ("s", input.Source), ("h", jobHash), ("ph", pageHashes.ToArray()), ("pn", pages.Select(p => p.Source).ToArray()),
            ("by", submittedBy), ("c", commune), ("again", again));
        transaction.Commit();
        return inserted > 0 ? Outcome.Queued : Outcome.AlreadyQueued;
    }

    /// <summary>A new batch name: when and by which host it was submitted.</summary>
    public static string NewBatch() =>
        $"{DateTimeOffset.UtcNow:yyyyMMdd'T'HHmmss}-{Environment.MachineName}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
}
