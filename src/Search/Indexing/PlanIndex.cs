using Analytics.Ingest.Store;
using Analytics.Search.Analysis;
using Analytics.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Analytics.Search.Indexing;

/// <summary>The writable plan index under DATA/index. Changes become durable and visible to other
/// processes only at <see cref="Commit"/> (Lucene commits are atomic: a crash before it leaves the last
/// commit intact); <see cref="Search"/> sees them at once through a near-real-time reader.
/// One writer per index at a time (Lucene's write lock); not for concurrent writers.</summary>
public sealed class PlanIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ThreadLocal<PlanDocuments> _documents = new(() => new PlanDocuments());
    private readonly int _threads;
    private const int ParallelFrom = 256;

    private PlanIndex(Lucene.Net.Store.Directory directory, IndexWriter writer, int threads)
    {
        _threads = threads;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new PlanSearcherFactory());
    }

    public static Similarity Similarity { get; } = new Querying.PlanSimilarity();

    /// <summary>The format (<see cref="IndexFormat"/>) of the index as it was found on disk when opened.</summary>
    public int FormatOnDisk { get; private init; }

    /// <summary>The commit-data key under which a full sync records the store version it reached.</summary>
    public const string StoreVersionKey = "store-version";

    /// <summary>Opens (or creates) the index of a data directory for writing.</summary>
    public static PlanIndex Open(string dataDirectory, PlanIndexOptions? options = null) =>
        Open(FSDirectory.Open(IndexLocation.For(dataDirectory)), options);

    internal static PlanIndex Open(Lucene.Net.Store.Directory directory, PlanIndexOptions? options = null)
    {
        options ??= PlanIndexOptions.Default;
        var config = new IndexWriterConfig(VietnameseAnalyzers.Version, IndexAnalyzer.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferMb,
            Similarity = Similarity,
            // Segments stay as separate files: packing each flushed segment into a compound file copies it once more.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        var existed = DirectoryReader.IndexExists(directory);
        var writer = new IndexWriter(directory, config);
        try
        {
            // A new index is of the current format from its first commit (a live ingest commits before any
            // full sync); an existing one keeps what it records until a full sync rebuilds it.
            var format = existed ? IndexFormat.Of(writer.CommitData) : IndexFormat.Current;
            if (!existed) writer.SetCommitData(new Dictionary<string, string> { [IndexFormat.Key] = IndexFormat.Text });
            return new PlanIndex(directory, writer, Math.Max(1, options.IndexingThreads)) { FormatOnDisk = format };
        }
        catch
        {
            // The reader over a damaged or vanished segment can fail after the writer holds Lucene's lock:
            // release it here, or every later writer of this process stays locked out.
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Adds a source's plans, replacing whatever the index held for that source.</summary>
    public void Put(StoredSource source) =>
        _writer.UpdateDocuments(new Term(IndexFields.Source, source.Source), _documents.Value!.For(source));

    /// <summary>Removes every document of a source (a file no longer in the store).</summary>
    public void Delete(string source) => _writer.DeleteDocuments(new Term(IndexFields.Source, source));

    /// <summary>Drops everything (before a rebuild); durable only at the next commit.</summary>
    public void Clear() => _writer.DeleteAll();

    /// <summary>Drops everything and stamps the current format, for an owner that writes every source anew
    /// (a server node replaying its change feed); durable only at the next commit.</summary>
    public void ClearForCurrentFormat()
    {
        _writer.DeleteAll();
        _writer.SetCommitData(new Dictionary<string, string> { [IndexFormat.Key] = IndexFormat.Text });
    }

    /// <summary>Makes all changes durable in one atomic commit, then refreshes the near-real-time reader.</summary>
    public void Commit()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Source → content hash of every source the index currently holds (uncommitted changes included).</summary>
    public IReadOnlyDictionary<string, string> IndexedVersions()
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            return IndexedVersionReader.Read(searcher.IndexReader);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Brings the index in line with a record store (see <see cref="Sync"/>) and records, in the
    /// commit, the store version read before the store was listed: a search compares it with the store's
    /// current version to tell whether the index is behind. Record files the store cannot read keep what
    /// the index holds for them (they are damaged, not removed).</summary>
    public IndexSyncReport SyncWith(RecordStore store, bool rebuild = false, IProgress<IndexProgress>? progress = null)
    {
        var version = store.Version;
        var sources = store.All();
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [StoreVersionKey] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [IndexFormat.Key] = IndexFormat.Text,
        });
        // An index of an older format lacks fields its documents now have: every source is written anew.
        var upgrade = FormatOnDisk < IndexFormat.Current;
        var report = Sync(sources, rebuild || upgrade, progress, keep: store.Holds);
        return upgrade ? report with { UpgradedFrom = FormatOnDisk } : report;
    }

    /// <summary>Brings the index in line with the record store: new and changed sources are (re)written,
    /// sources gone from the store are deleted, then one commit. With <paramref name="rebuild"/> the index is
    /// emptied first and everything is written anew (still one commit: a crash keeps the old index).</summary>
    public IndexSyncReport Sync(IEnumerable<StoredSource> stored, bool rebuild = false, IProgress<IndexProgress>? progress = null, Func<string, bool>? keep = null)
    {
        var indexed = rebuild ? new Dictionary<string, string>() : IndexedVersions();
        if (rebuild) Clear();
        var sources = stored.ToList();
        var inStore = new HashSet<string>(sources.Select(s => s.Source), StringComparer.Ordinal);
        var toWrite = sources.Where(s => !indexed.TryGetValue(s.Source, out var hash) || hash != IndexStamp.Of(s)).ToList();
        var replaced = toWrite.Count(s => indexed.ContainsKey(s.Source));
        var added = toWrite.Count - replaced;
        var done = 0;
        void Write(StoredSource source)
        {
            if (indexed.ContainsKey(source.Source)) Put(source);
            // Not in the index: no delete-by-term to buffer and apply.
            else _writer.AddDocuments(_documents.Value!.For(source));
            progress?.Report(new IndexProgress(Interlocked.Increment(ref done), toWrite.Count));
        }
        // The writer takes documents from several threads at once (one in-memory segment each); worth it
        // only for large batches, so small syncs keep the one-thread order of documents.
        if (_threads > 1 && toWrite.Count >= ParallelFrom)
            WriteInParallel(toWrite, Write);
        else
            foreach (var source in toWrite) Write(source);
        var deleted = 0;
        foreach (var gone in indexed.Keys.Where(k => !inStore.Contains(k) && keep?.Invoke(k) != true))
        {
            Delete(gone);
            deleted++;
        }
        Commit();
        return new IndexSyncReport(added, replaced, deleted, sources.Count - toWrite.Count, DocumentCount());
    }

    /// <summary>Writes sources on several threads, each thread a contiguous share of the batch with about as
    /// many documents as the others. What is still buffered at the commit is flushed there on one thread, one
    /// in-memory segment after another, while the other cores wait; so the writer is told to flush a thread's
    /// segment once it holds as many documents as the smallest share. Each thread then flushes its own segment
    /// as it finishes its share (the one with the smallest share exactly at its end, the others after the
    /// source that crosses that count, leaving at most a source or two for the commit). In a batch larger
    /// than the RAM buffer, the buffer triggers flushes first, as before.</summary>
    private void WriteInParallel(List<StoredSource> sources, Action<StoredSource> write)
    {
        var shares = Shares(sources, _threads);
        var config = _writer.Config;
        var before = config.MaxBufferedDocs;
        config.MaxBufferedDocs = Math.Max(2, shares.Min(s => s.Documents));
        try
        {
            Parallel.ForEach(shares, new ParallelOptions { MaxDegreeOfParallelism = _threads }, share =>
            {
                for (var i = share.Start; i < share.End; i++) write(sources[i]);
            });
        }
        finally
        {
            config.MaxBufferedDocs = before;
        }
    }

    /// <summary>Contiguous runs of sources, one per thread, cut where the running document count reaches the
    /// next multiple of the batch's count divided by the threads.</summary>
    internal static List<(int Start, int End, int Documents)> Shares(List<StoredSource> sources, int threads)
    {
        var counts = sources.Select(s => s.Records.Sum(r => 1 + r.Items.Count)).ToArray();
        var total = counts.Sum();
        var shares = new List<(int Start, int End, int Documents)>(threads);
        var start = 0;
        var documents = 0;
        var running = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            documents += counts[i];
            running += counts[i];
            var last = i == counts.Length - 1;
            if (last || (shares.Count < threads - 1 && running * threads >= total * (shares.Count + 1L)))
            {
                shares.Add((start, i + 1, documents));
                start = i + 1;
                documents = 0;
            }
        }
        return shares;
    }

    /// <summary>Searches the current (near-real-time) state of the index.</summary>
    public SearchOutcome Search(SearchRequest request)
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            return new PlanSearcher(searcher).Search(request);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private int DocumentCount()
    {
        var searcher = _searchers.Acquire();
        try { return searcher.IndexReader.NumDocs; }
        finally { _searchers.Release(searcher); }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _documents.Dispose();
        _directory.Dispose();
    }

    private sealed class PlanSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
