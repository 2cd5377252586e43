using Analytics.Cli.Commands;
using Analytics.Ingest;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>Ingests uploaded files in the background, one job at a time, each job holding the data folder's
/// writer lock (so `plans ingest` or `plans index` beside the workspace waits for the job, and a job waits
/// for them), storing each source atomically and syncing the search index when a job ends. A file whose
/// name is already stored with other content replaces that plan only when the upload asks to (the old
/// record goes to DATA/history). Files are read in a reader process (<see cref="ReaderProcessPool"/>): a file
/// that crashes or exhausts its reader fails alone and the workspace goes on.</summary>
internal sealed class IngestWorker : IDisposable
{
    private readonly ReaderProcessPool _pipeline = new(ReadWorkerCommand.Launch(IngestLimits.Default), new ReaderPoolOptions(Workers: 1));
    private readonly RecordStore _store;
    private readonly string _uploads;
    private readonly SearchIndexHolder _index;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly string _data;
    private readonly JobTable _table;
    private readonly ILogger<IngestWorker> _logger;

    public IngestWorker(WorkspaceOptions options, SearchIndexHolder index, ILogger<IngestWorker> logger)
    {
        _data = options.DataDirectory;
        _table = new JobTable(options.MaxJobsKept);
        _logger = logger;
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
            foreach (var set in UploadPageSets.Group(files))
            {
                foreach (var i in set) job.Set(i, new UploadFileState(files[i].Source, "working", "Đang đọc", 0));
                if (set.Count == 1) job.Set(set[0], IngestAlone(files[set[0]].Source, files[set[0]].Content!, replace));
                else IngestPages(job, files, set, replace);
                foreach (var i in set)
                    // One line per file, with the reason in the product's own words.
                    _logger.LogInformation("ingest {Source}: {State} ({Message})", files[i].Source, job.Files[i].State, job.Files[i].Message);
            }
            // Whatever happened to the files, every plan stored so far is made searchable.
            SyncIndex(job, files);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "upload job {Job} stopped by an error", job.Id);
            // A bug, not bad input: keep the workspace alive and say so on every unfinished file.
            for (var i = 0; i < files.Count; i++)
                if (job.Files[i].State is "queued" or "working")
                    job.Set(i, new UploadFileState(files[i].Source, "failed", "Lỗi hệ thống: " + e.Message, 0));
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

    /// <summary>One file, whatever goes wrong with it: a fault here costs this file, never the files after it.</summary>
    private UploadFileState IngestAlone(string source, byte[] content, bool replace)
    {
        try
        {
            return Ingest(source, content, replace);
        }
        catch (Exception e)
        {
            return new UploadFileState(source, "failed", "Lỗi hệ thống khi lưu tệp / system fault storing the file: " + e.Message, 0);
        }
    }

    private void SyncIndex(UploadJob job, IReadOnlyList<UploadedFile> files)
    {
        try
        {
            _index.Sync(_store);
        }
        catch (Exception e)
        {
            // A bug, not bad input: keep the workspace alive and say so on the files that were stored.
            for (var i = 0; i < files.Count; i++)
                if (job.Files[i].State is "done")
                    job.Set(i, new UploadFileState(files[i].Source, "failed", "Đã lưu nhưng chưa lập chỉ mục tìm kiếm / stored but not indexed: " + e.Message, 0));
        }
    }

    public void Dispose() => _pipeline.Dispose();

    /// <summary>The photographed pages of one plan, read as one document stored under its first page's name;
    /// the other pages' rows say which plan they belong to.</summary>
    private void IngestPages(UploadJob job, IReadOnlyList<UploadedFile> files, IReadOnlyList<int> set, bool replace)
    {
        var first = files[set[0]].Source;
        var packed = PageSetFile.Pack(first, set.Select(i => new SourceFile(files[i].Source, files[i].Content!)).ToList());
        var state = IngestAlone(first, packed.Content.ToArray(), replace);
        job.Set(set[0], state with { Message = $"{state.Message} ({set.Count} trang)" });
        for (var page = 1; page < set.Count; page++)
        {
            var message = state.State == "done" ? $"Trang {page + 1} của {first}" : state.Message;
            job.Set(set[page], new UploadFileState(files[set[page]].Source, state.State, message, 0));
        }
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
