using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Cli.Web;

/// <summary>Keeps one open read-only view of the index for all requests and swaps it after each sync,
/// so searches never pay for opening the index and always see the last commit. After a sync the view is
/// reopened, not opened afresh: unchanged segments keep their cached facet ordinals. Commits made by
/// another process (`plans ingest` or `plans index` beside the workspace) are picked up too: at most once a
/// second a search asks whether the index has a newer commit.</summary>
internal sealed class SearchIndexHolder : IDisposable
{
    private readonly string _dataDirectory;
    private readonly object _gate = new();
    private readonly List<ReadOnlyIndex> _retired = [];
    private ReadOnlyIndex? _current;
    private bool _stale;
    private long _checkedAt;
    private static readonly long CheckEvery = System.Diagnostics.Stopwatch.Frequency;

    public SearchIndexHolder(string dataDirectory) => _dataDirectory = dataDirectory;

    public SearchOutcome Search(SearchRequest request)
    {
        var index = Current();
        return index is null
            ? SearchOutcome.Failure("Chưa có chỉ mục tìm kiếm: hãy tải kế hoạch lên trước.")
            : index.Search(request);
    }

    public void Sync(RecordStore store)
    {
        lock (_gate)
        {
            IndexHook.AfterStore(store);
            _stale = true;
        }
    }

    /// <summary>Whether the view misses changes of the record store (an ingest stopped halfway, or running).</summary>
    public bool IsBehind => Current()?.IsBehind(_dataDirectory) ?? false;

    /// <summary>Whether the open index was written in an older format (see <see cref="IndexFormat"/>).</summary>
    public bool IsOldFormat => Current()?.IsOldFormat ?? false;

    private ReadOnlyIndex? Current()
    {
        lock (_gate)
        {
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            if (now - _checkedAt >= CheckEvery)
            {
                _checkedAt = now;
                _stale = true;
            }
            if (_current is not null && _stale)
            {
                // A request in flight may still use the old view: retire it rather than close it under its feet.
                var refreshed = _current.Refreshed();
                if (!ReferenceEquals(refreshed, _current)) _retired.Add(_current);
                _current = refreshed;
            }
            _stale = false;
            if (_current is not null) return _current;
            var opened = PlanSearcher.Open(_dataDirectory);
            _current = opened.IsSuccess ? opened.Value : null;
            return _current;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // Retired views first: the current one owns the directory they share.
            foreach (var old in _retired) old.Dispose();
            _current?.Dispose();
        }
    }
}
