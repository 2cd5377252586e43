using System.CommandLine;
using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Cli.Commands;

/// <summary>`plans normalize FILE|-`: prints the text with its Vietnamese repaired (legacy encodings,
/// lost diacritics, English-OCR damage); `--explain` lists each restored syllable's alternatives.</summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Text file, or - for standard input" };
        var explain = new Option<bool>("--explain") { Description = "List per-syllable alternatives with their scores (log10, relative to the choice)" };
        var command = new Command("normalize", "Print text with its Vietnamese repaired") { file, explain };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            string text;
            try
            {
                text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"normalize: {path}: {e.Message}");
                return 1;
            }
            var model = LanguageModelStore.ForDataDirectory(CommonOptions.ResolveData(parseResult));
            if (!model.IsSuccess)
            {
                Console.Error.WriteLine($"normalize: {model.Error}");
                return 1;
            }
            var repair = new VietnameseTextRepair(model.Value);
            var result = repair.Repair(text.Replace("\r\n", "\n"));
            Console.Write(result.Text);
            if (!result.Text.EndsWith('\n')) Console.WriteLine();
            if (parseResult.GetValue(explain)) Explain(repair, result.Text, text);
            return 0;
        });
        return command;
    }

    private static void Explain(VietnameseTextRepair repair, string repaired, string original)
    {
        var condition = TextDamageDetector.Classify(TextDamageDetector.Profile(original));
        Console.WriteLine();
        Console.WriteLine($"# document condition: {condition}");
        foreach (var line in original.Replace("\r\n", "\n").Split('\n'))
        {
            var judged = VietnameseTextRepair.Judge(line, condition);
            if (judged is not (TextCondition.Unaccented or TextCondition.OcrDamaged)) continue;
            var restorer = judged == TextCondition.OcrDamaged ? repair.OcrRestorer : repair.AccentRestorer;
            Console.WriteLine($"# [{judged}] {line}");
            foreach (var choice in restorer.Explain(line))
            {
                var alternatives = string.Join("  ", choice.Alternatives.Take(6).Select(a => $"{a.Form} {a.Delta:F2}"));
                Console.WriteLine($"  {choice.Original} → {choice.Chosen}: {alternatives}");
            }
        }
        _ = repaired;
    }
}
