using System.CommandLine;
using System.Diagnostics;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Cli.Commands;

/// <summary>`plans restore-eval FILE`: strips the marks from accented text, restores them and prints
/// syllable accuracy (overall and on ambiguous syllables). FILE must be text the model never trained on.</summary>
internal static class RestoreEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Accented held-out text" };
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: the built-in model)" };
        var beam = new Option<int>("--beam") { DefaultValueFactory = _ => new Analytics.Ingest.Text.TextRepairOptions().BeamWidth };
        var document = new Option<bool>("--document") { Description = "Repair the whole file at once as the product does (line judgement, document-wide choices); also reports words exactly as written and correct text unchanged" };
        var mixed = new Option<bool>("--mixed") { Description = "With --document: strip only every other line (a document partly typed without marks) and score those lines" };
        var diff = new Option<bool>("--diff") { Description = "With --document: print each word the repair got wrong (for development text, never for held-out text one tunes on)" };
        var command = new Command("restore-eval", "Measure diacritic restoration on held-out accented text") { file, model, beam, document, mixed, diff };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(model);
            var loaded = path is null ? LanguageModelStore.Base : LanguageModelStore.Load(path.FullName);
            if (!loaded.IsSuccess)
            {
                Console.Error.WriteLine($"restore-eval: {loaded.Error}");
                return 1;
            }
            var lm = loaded.Value;
            if (parseResult.GetValue(document))
            {
                var truth = File.ReadAllLines(parseResult.GetValue(file)!.FullName).Where(l => l.Length > 0).ToList();
                var repair = new Analytics.Ingest.Text.VietnameseTextRepair(lm, new Analytics.Ingest.Text.TextRepairOptions(BeamWidth: parseResult.GetValue(beam)));
                Console.WriteLine($"restore-eval: {DocumentEvaluation.Measure(repair, truth, parseResult.GetValue(mixed))}");
                if (parseResult.GetValue(diff))
                {
                    foreach (var (line, wrong) in DocumentEvaluation.Errors(repair, truth, parseResult.GetValue(mixed)))
                        Console.WriteLine($"{line + 1}: {wrong}");
                }
                return 0;
            }
            var restorer = new SentenceRestorer(lm, new AbbreviationCandidates(new AccentCandidates(lm, SyllableInventory.Default)), parseResult.GetValue(beam));
            var lines = File.ReadAllLines(parseResult.GetValue(file)!.FullName).Where(l => l.Length > 0 && !l.StartsWith('=')).ToList();
            var stripped = lines.Select(RestorationEvaluator.StripMarks).ToList();
            var watch = Stopwatch.StartNew();
            var restored = stripped.Select(restorer.Restore).ToList();
            watch.Stop();
            var score = new RestorationScore(0, 0, 0, 0);
            for (var i = 0; i < lines.Count; i++) score = score.Add(RestorationEvaluator.Score(lines[i], restored[i]));
            var raw = new RestorationScore(0, 0, 0, 0);
            for (var i = 0; i < lines.Count; i++) raw = raw.Add(RestorationEvaluator.Score(lines[i], stripped[i]));
            Console.WriteLine($"restore-eval: {score}; unrestored input {raw.Accuracy:P2}; {score.Syllables / watch.Elapsed.TotalSeconds:N0} syllables/s");
            return 0;
        });
        return command;
    }
}
