using System.CommandLine;
using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>`plans export --format jsonl|csv [--out FILE]`: every stored record, to a file or stdout.
/// JSON Lines: one plan per line (UTF-8, no BOM). CSV: one row per item, UTF-8 with a BOM for Excel.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "jsonl or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "Output file (default: stdout)" };
        var command = new Command("export", "Write every stored record as JSON Lines or CSV") { format, output };
        command.SetAction(parseResult =>
        {
            var store = new RecordStore(CommonOptions.ResolveData(parseResult));
            var records = store.AllRecords();
            var csv = parseResult.GetValue(format) == "csv";
            var path = parseResult.GetValue(output);
            var encoding = csv ? RecordCsv.Encoding : new UTF8Encoding(false);

            using var writer = path is null
                ? new StreamWriter(Console.OpenStandardOutput(), encoding) { AutoFlush = false }
                : OpenAtomically(path, encoding, out _);
            var count = 0;
            if (csv)
            {
                var list = records.ToList();
                RecordCsv.Write(writer, list);
                count = list.Count;
            }
            else
            {
                foreach (var record in records)
                {
                    writer.Write(RecordJson.Serialize(record));
                    writer.Write('\n');
                    count++;
                }
            }
            writer.Flush();
            if (path is not null)
            {
                writer.Close();
                File.Move(path + ".tmp", path, overwrite: true);
                Console.Error.WriteLine($"Exported {count} plans to {Path.GetFullPath(path)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    // Written beside the target and renamed over it, so a reader never sees half an export.
    private static StreamWriter OpenAtomically(string path, Encoding encoding, out string temporary)
    {
        temporary = path + ".tmp";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        return new StreamWriter(temporary, append: false, encoding);
    }
}
