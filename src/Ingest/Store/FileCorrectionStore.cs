using System.Text.Json;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Store;

/// <summary>Corrections in the data folder: DATA/corrections, one JSON file per source (named like its
/// record file), each holding every correction ever made to it, written durably and renamed into place
/// like the records. Nothing is deleted: the history of a field's corrections is its audit trail.</summary>
public sealed class FileCorrectionStore(string dataDirectory) : ICorrectionStore
{
    private readonly string _folder = Path.Combine(dataDirectory, "corrections");
    private readonly object _gate = new();

    private sealed record CorrectionFile(string Source, IReadOnlyList<FieldCorrection> Corrections);

    public IReadOnlyList<FieldCorrection> For(string source)
    {
        var path = PathFor(source);
        if (!File.Exists(path)) return [];
        // A damaged file must not pass for "no corrections": the caller would overwrite an analyst's work.
        return JsonSerializer.Deserialize<CorrectionFile>(File.ReadAllBytes(path), RecordJson.Options)?.Corrections
            ?? throw new InvalidDataException($"corrections file {path} is empty");
    }

    public void Add(string source, FieldCorrection correction)
    {
        lock (_gate)
        {
            var all = For(source).Append(correction).ToList();
            Directory.CreateDirectory(_folder);
            var target = PathFor(source);
            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            DurableFile.Write(temporary, [], JsonSerializer.SerializeToUtf8Bytes(new CorrectionFile(source, all), RecordJson.Indented));
            File.Move(temporary, target, overwrite: true);
        }
    }

    private string PathFor(string source) => Path.Combine(_folder, SourceFileName.For(source));
}
