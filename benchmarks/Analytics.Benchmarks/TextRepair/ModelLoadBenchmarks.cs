using Analytics.Ingest.Text.LanguageModel;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>Loading the built-in model from its bytes (decompress, decode, build the hash tables);
/// allocated bytes approximate the memory the model holds. Baseline: loading into Dictionaries.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ModelLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Load_into_dictionaries() => new DictionaryScorer(ModelBytes.Data()).VocabularySize;

    [Benchmark]
    public int Load_into_product_tables() => ModelBytes.Data().ToModel().TrigramCount;
}

internal static class ModelBytes
{
    private static readonly byte[] Bytes = ReadResource();

    public static LanguageModelData Data()
    {
        using var stream = new MemoryStream(Bytes, writable: false);
        return LanguageModelFile.Read(stream).Value;
    }

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", relative);
    }

    private static byte[] ReadResource()
    {
        using var stream = typeof(LanguageModelStore).Assembly.GetManifestResourceStream("Analytics.Ingest.Text.Model.vi-syllables.lm")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
