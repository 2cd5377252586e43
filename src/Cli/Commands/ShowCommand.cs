using System.CommandLine;
using Analytics.Ingest;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>`plans show FILE`: one stored plan, readable in a terminal. FILE is a source name as stored
/// ("corpus/a.docx"), its file name, or a path. `--blocks` instead reads the file at that path and dumps
/// the document model (paragraphs, tables, furniture, warnings), for debugging readers; given the page images
/// of one plan (`plans show kh-p1.jpg kh-p2.jpg --blocks`) it reads them together, as `plans ingest` does.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var file = new Argument<string[]>("FILE") { Description = "Source name as stored, file name, or path (with --blocks: the page images of one plan too)", Arity = ArgumentArity.OneOrMore };
        var blocks = new Option<bool>("--blocks") { Description = "Dump the document model read from the file instead" };
        var command = new Command("show", "Print one plan (or with --blocks, the document model of a file)") { file, blocks };
        command.SetAction(parseResult =>
        {
            var names = parseResult.GetValue(file)!;
            if (parseResult.GetValue(blocks)) return DumpBlocks(names);
            if (names.Length == 1) return ShowStored(CommonOptions.ResolveData(parseResult), names[0]);
            Console.Error.WriteLine("plans show: one plan at a time (several files only with --blocks, the pages of one plan)");
            return ExitCodes.Usage;
        });
        return command;
    }

    private static int DumpBlocks(string[] paths)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            Console.Error.WriteLine($"plans show: no such file: {missing}");
            return ExitCodes.Usage;
        }
        var groups = PageImageSets.Group(paths);
        if (groups.Count != 1)
        {
            Console.Error.WriteLine($"plans show: these files are not the pages of one plan ({groups.Count} sets by their names)");
            return ExitCodes.Usage;
        }
        var read = DefaultPipeline.Create().Read(PageImageSets.Load(groups[0], Path.GetFileName));
        if (!read.IsSuccess)
        {
            Console.WriteLine($"FAILED {PageImageSets.NameOf(groups[0])}: {read.Error}");
            return ExitCodes.SomeFailed;
        }
        DocumentPrinter.Print(Console.Out, read.Value);
        return ExitCodes.Success;
    }

    private static int ShowStored(string data, string name)
    {
        var sources = new RecordStore(data).All().ToList();
        var matches = Match(sources, name);
        if (matches.Count == 0)
        {
            Console.Error.WriteLine($"plans show: nothing stored for {name} (in {data})");
            return ExitCodes.SomeFailed;
        }
        if (matches.Count > 1)
        {
            Console.Error.WriteLine($"plans show: {name} matches several sources; give one of:");
            foreach (var match in matches) Console.Error.WriteLine("  " + match.Source);
            return ExitCodes.Usage;
        }
        var source = matches[0];
        if (source.Records.Count == 0) Console.WriteLine($"{source.Source}: no plans");
        foreach (var record in source.Records) PlanPrinter.Print(Console.Out, record);
        return ExitCodes.Success;
    }

    /// <summary>Exact source name first, then a path ending in it, then the bare file name.</summary>
    private static List<StoredSource> Match(List<StoredSource> sources, string name)
    {
        var normalized = name.Replace('\\', '/').Normalize(System.Text.NormalizationForm.FormC);
        var exact = sources.Where(s => s.Source == normalized).ToList();
        if (exact.Count > 0) return exact;
        var full = Path.GetFullPath(name).Replace('\\', '/');
        var suffix = sources.Where(s => full.EndsWith("/" + s.Source, StringComparison.Ordinal)).ToList();
        if (suffix.Count > 0) return suffix;
        var fileName = Path.GetFileName(normalized);
        return sources.Where(s => Path.GetFileName(s.Source) == fileName).ToList();
    }
}
