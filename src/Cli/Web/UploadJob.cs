namespace Analytics.Cli.Web;

/// <summary>One upload: the files it brought and where each one stands. Updated by the ingest worker,
/// read by the progress endpoint; the per-file states are replaced whole, never mutated in place.</summary>
internal sealed class UploadJob
{
    private readonly UploadFileState[] _files;

    public UploadJob(string id, IReadOnlyList<string> names)
    {
        Id = id;
        _files = names.Select(n => new UploadFileState(n, "queued", "Đang chờ", 0)).ToArray();
    }

    public string Id { get; }
    private volatile bool _finished;

    public bool Finished => _finished;

    public IReadOnlyList<UploadFileState> Files => _files.ToArray();

    public void Set(int index, UploadFileState state) => Volatile.Write(ref _files[index], state);

    public void Finish() => _finished = true;
}

/// <summary>state: queued | working | done | failed.</summary>
internal sealed record UploadFileState(string Name, string State, string Message, int Plans);
