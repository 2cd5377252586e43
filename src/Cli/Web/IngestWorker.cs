using Analytics.Ingest;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;

namespace Analytics.Cli.Web;

/// <summary>Ingests uploaded files in the background, one job at a time, each job holding the data folder's
/// writer lock (so `plans ingest` or `plans index` beside the workspace waits for the job, and a job waits
/// for them), storing each source atomically and syncing the search index when a job ends. A file whose
/// name is already stored with other content replaces that plan only when the upload asks to (the old
/// record goes to DATA/history).</summary>
internal sealed class IngestWorker
{
    private readonly IngestPipeline _pipeline = DefaultPipeline.Create();
    private readonly RecordStore _store;
    private readonly string _uploads;
    private readonly SearchIndexHolder _index;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly string _data;
    private readonly JobTable _table;

    public IngestWorker(WorkspaceOptions options, SearchIndexHolder index)
    {
        _data = options.DataDirectory;
        _table = new JobTable(options.MaxJobsKept);
        _store = new RecordStore(options.DataDirectory);
        _uploads = Path.Combine(options.DataDirectory, "uploads");
        _index = index;
    }

    public RecordStore Store => _store;

    public UploadJob? Find(string id) => _table.Find(id);

    /// <summary>Path of an uploaded source's bytes, when the source came through the workspace.</summary>
    public string? UploadedBytes(string source)
    {
        var path = Path.Combine(_uploads, UploadNames.StoredFileName(source));
        return File.Exists(path) ? path : null;
    }

    /// <summary>Queues an upload; files already refused at the door are listed with their reason.</summary>
    public UploadJob Start(IReadOnlyList<UploadedFile> files, bool replace = false)
    {
        var job = new UploadJob(Guid.NewGuid().ToString("N"), files.Select(f => f.Source).ToList());
        for (var i = 0; i < files.Count; i++)
            if (files[i].Rejection is { } reason) job.Set(i, new UploadFileState(files[i].Source, "failed", reason, 0));
        _table.Add(job);
        _ = Task.Run(() => RunAsync(job, files, replace));
        return job;
    }

    private async Task RunAsync(UploadJob job, IReadOnlyList<UploadedFile> files, bool replace)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            using var writer = WriterLock.Acquire(_data, "serve", LockWait, holder => SayWaiting(job, files, holder));
            if (writer is null) throw new TimeoutException($"thư mục dữ liệu vẫn đang được ghi bởi {WriterLock.CurrentHolder(_data)?.Describe() ?? "một tiến trình khác"}");
            Directory.CreateDirectory(_uploads);
            for (var i = 0; i < files.Count; i++)
            {
                if (files[i] is not { Content: { } content, Source: var source }) continue;
                job.Set(i, new UploadFileState(source, "working", "Đang đọc", 0));
                job.Set(i, Ingest(source, content, replace));
            }
            _index.Sync(_store);
        }
        catch (Exception e)
        {
            // A bug, not bad input: keep the workspace alive and say so on every unfinished file, and on every
            // stored one that the failed sync may have left out of search (never a silent "done").
            for (var i = 0; i < files.Count; i++)
            {
                var state = job.Files[i];
                if (state.State is "queued" or "working")
                    job.Set(i, new UploadFileState(files[i].Source, "failed", "Lỗi hệ thống: " + e.Message, 0));
                else if (state.State == "done")
                    job.Set(i, state with { Message = state.Message + "; đã lưu nhưng có thể chưa tìm được (lỗi khi cập nhật chỉ mục: " + e.Message + "); chạy `plans index`" });
            }
        }
        finally
        {
            job.Finish();
            _oneAtATime.Release();
        }
    }

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(30);

    private static void SayWaiting(UploadJob job, IReadOnlyList<UploadedFile> files, LockHolder? holder)
    {
        var message = $"Đang chờ {holder?.Describe() ?? "một tiến trình khác"} ghi xong dữ liệu";
        for (var i = 0; i < files.Count; i++)
            if (job.Files[i].State == "queued") job.Set(i, new UploadFileState(files[i].Source, "queued", message, 0));
    }

    private UploadFileState Ingest(string source, byte[] content, bool replace)
    {
        var outcome = _pipeline.Ingest(new SourceFile(source, content));
        if (!outcome.IsSuccess) return new UploadFileState(source, "failed", outcome.Error!, 0);
        var held = _store.Holds(source);
        var changed = held && _store.Get(source)?.ContentHash != outcome.ContentHash;
        if (changed && !replace)
            return new UploadFileState(source, "failed",
                "Đã có kế hoạch từ một tệp cùng tên với nội dung khác; chọn \"Thay thế kế hoạch đã có cùng tên\" để thay (bản cũ được giữ trong lịch sử).", 0);

        var target = Path.Combine(_uploads, UploadNames.StoredFileName(source));
        if (changed) UploadHistory.Keep(_data, target);
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, target, overwrite: true);
        var stored = new StoredSource(source, outcome.ContentHash, DateTimeOffset.UtcNow, outcome.Records);
        if (changed) _store.Replace(stored);
        else _store.Put(stored);
        var items = outcome.Records.Sum(r => r.Items.Count);
        return new UploadFileState(source, "done", $"{outcome.Records.Count} kế hoạch, {items} nội dung cải tiến", outcome.Records.Count);
    }
}

/// <summary>A file as it arrived: its cleaned name and bytes, or why it was refused before ingest.</summary>
internal sealed record UploadedFile(string Source, byte[]? Content, string? Rejection);
