using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Cli.Web;

/// <summary>Keeps one open read-only view of the index for all requests and swaps it after each sync,
/// so searches never pay for opening the index and always see the last commit.</summary>
internal sealed class SearchIndexHolder : IDisposable
{
    private readonly string _dataDirectory;
    private readonly object _gate = new();
    private readonly List<ReadOnlyIndex> _retired = [];
    private ReadOnlyIndex? _current;

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
            // A request in flight may still use the old view: retire it rather than close it under its feet.
            if (_current is not null) _retired.Add(_current);
            _current = null;
        }
    }

    private ReadOnlyIndex? Current()
    {
        lock (_gate)
        {
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
            _current?.Dispose();
            foreach (var old in _retired) old.Dispose();
        }
    }
}
