using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Benchmarks.Search;

/// <summary>Latency of single queries on the generated index (100,000 plans by default): one query per invocation,
/// rotating through a fixed list per kind, so the P50/P95 columns are per-query latencies. Baseline: a raw
/// Lucene TermQuery on the folded field, without parsing, analysis, snippets or stored fields.</summary>
[Config(typeof(QueryLatencyConfig))]
public class QueryBenchmarks
{
    /// <summary>100,000 plans unless PLANS_BENCH_PLANS says otherwise (the index is built once per size).</summary>
    public static int Plans => int.TryParse(Environment.GetEnvironmentVariable("PLANS_BENCH_PLANS"), out var plans) ? plans : 100_000;
    private static readonly string[] Terms = ["thư viện", "thu vien", "bếp ăn", "khu vệ sinh", "máy tính", "sân chơi", "phòng học", "cây xanh", "nước sạch", "tường rào"];
    private static readonly string[] Phrases = ["\"phòng học bộ môn\"", "\"sân tập thể dục\"", "\"thiết bị dạy học\"", "\"nhân viên thư viện\"", "\"quy trình một chiều\""];
    private static readonly string[] Fielded =
    [
        "thư viện province:\"Yên Bái\" budget:[100000000 TO *]", "criterion:3.6 level:tieu-hoc year:[2024 TO 2025]",
        "gap:phong-hoc budget:[1000000000 TO *]", "standard:3 year:2025 sửa chữa", "level:mam-non bếp ăn budget:[0 TO 500000000]",
    ];
    private static readonly string[] FacetQueries = ["thư viện", "sửa chữa", "level:thcs", "gap:ve-sinh-nuoc", "bồi dưỡng giáo viên"];
    private ReadOnlyIndex _index = null!;
    private IndexSearcher _raw = null!;
    private DirectoryReader _rawReader = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchIndex.Ensure(Plans);
        Console.WriteLine("// " + File.ReadAllText(Path.Combine(data, "build.txt")));
        _index = PlanSearcher.Open(data).Value;
        _rawReader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(IndexLocation.For(data)));
        _raw = new IndexSearcher(_rawReader);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        _rawReader.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw TermQuery (folded field)")]
    public int RawTerm() => _raw.Search(new TermQuery(new Term("text_f", Next(["thu", "vien", "bep", "sinh", "may"]))), 10).TotalHits;

    [Benchmark(Description = "term (free text)")]
    public int Term() => Run(Next(Terms), facets: false);

    [Benchmark(Description = "phrase")]
    public int Phrase() => Run(Next(Phrases), facets: false);

    [Benchmark(Description = "fielded + range")]
    public int FieldedRange() => Run(Next(Fielded), facets: false);

    [Benchmark(Description = "free text + 8 facets")]
    public int Facets() => Run(Next(FacetQueries), facets: true);

    private int Run(string query, bool facets)
    {
        var outcome = _index.Search(new SearchRequest(query) { Top = 10, Facets = facets });
        return outcome.IsSuccess ? outcome.Response!.TotalHits : throw new InvalidOperationException(outcome.Error);
    }

    private string Next(string[] values) => values[_next++ % values.Length];
}
