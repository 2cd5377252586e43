using System.CommandLine;
using Analytics.Ingest;
using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Store;
using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Cli.Commands;

/// <summary>`plans train-lm [PATH...]`: adapts diacritic restoration to a collection. Counts the accented
/// lines of the collection's documents (the given files/folders, else the files of the ingested sources),
/// estimates a model over the base vocabulary and saves it in the data directory, where restoration mixes
/// it with the built-in model.</summary>
internal static class TrainLmCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents or folders (default: the ingested sources)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("train-lm", "Adapt the restoration language model to the accented documents of a collection") { paths };
        command.SetAction(parseResult =>
        {
            var data = CommonOptions.ResolveData(parseResult);
            var vocabulary = LanguageModelStore.BaseVocabulary();
            if (vocabulary is null)
            {
                Console.Error.WriteLine($"train-lm: {LanguageModelStore.Base.Error}");
                return 1;
            }
            var given = parseResult.GetValue(paths) ?? [];
            var files = given.Length > 0
                ? given.SelectMany(Expand).ToList()
                : new RecordStore(data).All().Select(s => s.Source).Where(File.Exists).ToList();
            var pipeline = DefaultPipeline.CreateBuilder().Build();
            var lines = new List<string>();
            var used = 0;
            foreach (var file in files)
            {
                Result<SourceDocument> document;
                try
                {
                    document = pipeline.Read(SourceFile.FromPath(file, file));
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine($"train-lm: {file}: {e.Message}");
                    continue;
                }
                if (!document.IsSuccess)
                {
                    Console.Error.WriteLine($"train-lm: {file}: {document.Error}");
                    continue;
                }
                var accented = AccentedLines(document.Value).ToList();
                if (accented.Count > 0) used++;
                lines.AddRange(accented);
            }
            if (lines.Count == 0)
            {
                Console.Error.WriteLine("train-lm: no accented Vietnamese text found in the collection");
                return 1;
            }
            Directory.CreateDirectory(data);
            var target = Path.Combine(data, LanguageModelStore.CollectionModelFile);
            var temporary = target + ".tmp";
            TrainingSummary summary;
            using (var stream = File.Create(temporary))
            {
                summary = LanguageModelTrainer.Train([new TrainingSource(lines)], stream, new KneserNeyOptions(TrigramCutoff: 1), vocabulary);
            }
            File.Move(temporary, target, overwrite: true);
            Console.WriteLine($"train-lm: {used} documents, {summary.Tokens:N0} syllables, {summary.Bigrams:N0} bigrams, {summary.Trigrams:N0} trigrams -> {target}");
            return 0;
        });
        return command;
    }

    /// <summary>Lines of the document that are already correct accented Vietnamese.</summary>
    private static IEnumerable<string> AccentedLines(SourceDocument document)
    {
        foreach (var block in document.Blocks)
        {
            var texts = block switch
            {
                TextBlock t => [t.Text],
                TableBlock table => table.Rows.SelectMany(r => r.Cells).Select(c => c.Text),
                _ => Enumerable.Empty<string>(),
            };
            foreach (var text in texts)
            {
                foreach (var line in text.Split('\n'))
                {
                    if (TextDamageDetector.Classify(line) == TextCondition.Clean) yield return line;
                }
            }
        }
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path];
}
