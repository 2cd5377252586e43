using System.CommandLine;
using System.IO.Compression;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Cli.Commands;

/// <summary>`plans build-lm`: trains the base syllable model from a general corpus plus in-domain text
/// (scripts/build-lm.sh calls it with the project's settings).</summary>
internal static class BuildLmCommand
{
    public static Command Create()
    {
        var corpus = new Option<FileInfo[]>("--corpus") { Description = "General accented text (.txt or .txt.gz), weight 1", AllowMultipleArgumentsPerToken = true };
        var domain = new Option<FileSystemInfo[]>("--domain") { Description = "In-domain accented text files or folders (*.txt, *.md)", AllowMultipleArgumentsPerToken = true };
        var domainWeight = new Option<int>("--domain-weight") { Description = "How many times domain counts are added", DefaultValueFactory = _ => 20 };
        var holdTail = new Option<int>("--hold-out-tail") { Description = "Leave the last N lines of each corpus out of training (held-out evaluation)", DefaultValueFactory = _ => 0 };
        var margin = new Option<int>("--hold-out-margin") { Description = "Lines before the held-out tail also left out, so no article straddles the split", DefaultValueFactory = _ => 300 };
        var trigramCutoff = new Option<int>("--trigram-cutoff") { DefaultValueFactory = _ => 2 };
        var bigramCutoff = new Option<int>("--bigram-cutoff") { DefaultValueFactory = _ => 1 };
        var fourgramCutoff = new Option<int>("--fourgram-cutoff") { Description = "Keep 4-grams seen at least this often (0: a trigram model)", DefaultValueFactory = _ => 0 };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write", Required = true };
        var command = new Command("build-lm", "Train the syllable language model used for diacritic restoration")
        {
            corpus, domain, domainWeight, holdTail, margin, trigramCutoff, bigramCutoff, fourgramCutoff, output,
        };
        command.SetAction(parseResult =>
        {
            var tail = parseResult.GetValue(holdTail);
            var skip = tail > 0 ? tail + parseResult.GetValue(margin) : 0;
            var sources = new List<TrainingSource>();
            foreach (var file in parseResult.GetValue(corpus) ?? [])
            {
                var total = ReadLines(file.FullName).Count();
                sources.Add(new TrainingSource(ReadLines(file.FullName).Take(Math.Max(0, total - skip))));
            }
            var domainFiles = (parseResult.GetValue(domain) ?? []).SelectMany(Expand).ToList();
            sources.Add(new TrainingSource(domainFiles.SelectMany(ReadLines), parseResult.GetValue(domainWeight)));
            var outFile = parseResult.GetValue(output)!;
            Directory.CreateDirectory(outFile.DirectoryName!);
            using var stream = File.Create(outFile.FullName);
            var summary = LanguageModelTrainer.Train(sources, stream,
                new KneserNeyOptions(parseResult.GetValue(trigramCutoff), parseResult.GetValue(bigramCutoff), parseResult.GetValue(fourgramCutoff)));
            Console.WriteLine($"build-lm: {summary.Tokens:N0} tokens ({domainFiles.Count} domain files), vocabulary {summary.Vocabulary:N0}, bigrams {summary.Bigrams:N0}, trigrams {summary.Trigrams:N0}, 4-grams {summary.Fourgrams:N0}, {stream.Length / 1e6:F1} MB -> {outFile.FullName}");
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Expand(FileSystemInfo info) => info switch
    {
        DirectoryInfo d => d.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.Extension is ".txt" or ".md").OrderBy(f => f.FullName, StringComparer.Ordinal).Select(f => f.FullName),
        _ => [info.FullName],
    };

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
