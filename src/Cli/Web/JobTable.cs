using System.Collections.Concurrent;

namespace Analytics.Cli.Web;

/// <summary>The upload jobs whose progress can still be asked for, bounded: past the limit the oldest
/// finished jobs are forgotten (a running job is never dropped), so a stream of uploads cannot grow the
/// table without end.</summary>
internal sealed class JobTable(int limit)
{
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new();
    private readonly ConcurrentQueue<string> _order = new();
    private readonly Lock _trim = new();

    public int Count => _jobs.Count;

    public UploadJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public void Add(UploadJob job)
    {
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        lock (_trim)
        {
            var passes = _order.Count;
            while (_jobs.Count > limit && passes-- > 0 && _order.TryDequeue(out var oldest))
            {
                // Still running: keep it, look at it again after the others.
                if (_jobs.TryGetValue(oldest, out var candidate) && !candidate.Finished) _order.Enqueue(oldest);
                else _jobs.TryRemove(oldest, out _);
            }
        }
    }
}
