using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Analytics.Benchmarks.Search;

/// <summary>Indexing throughput on generated plans: our documents (exact + folded fields with bigrams and
/// positions, stored text, keyword, numeric and DocValues fields) against a baseline of the same item text in one
/// StandardAnalyzer field — what plain Lucene costs before our analysis.</summary>
[MemoryDiagnoser]
[Config(typeof(IndexingConfig))]
public class IndexingBenchmarks
{
    private const int Plans = 2_000;
    private List<StoredSource> _sources = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _sources = new PlanGenerator(CorpusVocabulary.Load()).Sources(Plans).ToList();
        Console.WriteLine($"// items per operation: {_sources.Sum(s => s.Records.Sum(r => r.Items.Count))}");
    }

    [IterationSetup]
    public void NewFolder() => _folder = Path.Combine(Path.GetTempPath(), "plans-bench-ix-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup]
    public void RemoveFolder()
    {
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "StandardAnalyzer, one text field")]
    public void PlainLucene()
    {
        using var directory = FSDirectory.Open(_folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { RAMBufferSizeMB = 64 });
        foreach (var item in _sources.SelectMany(s => s.Records).SelectMany(p => p.Items))
        {
            writer.AddDocument(new Document
            {
                new TextField("text", string.Join(" · ", item.CriterionName, item.Target, item.Actions, item.Lead, item.Funding, item.Timeline?.Text), Field.Store.YES),
            });
        }
        writer.Commit();
    }

    [Benchmark(Description = "PlanIndex (Vietnamese analysis, facets), two threads (the default on 2+ cores)")]
    public void PlanIndexSyncTwoThreads()
    {
        using var index = PlanIndex.Open(_folder, new PlanIndexOptions { RamBufferMb = 64, IndexingThreads = 2 });
        index.Sync(_sources);
    }

    [Benchmark(Description = "PlanIndex, one thread")]
    public void PlanIndexSync()
    {
        using var index = PlanIndex.Open(_folder, new PlanIndexOptions { RamBufferMb = 64, IndexingThreads = 1 });
        index.Sync(_sources);
    }
}
