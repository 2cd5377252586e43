using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Store;

/// <summary>The record store: one JSON file per ingested source under DATA/records.
/// Writes go to a temporary file that is then renamed over the old one, so a crash never leaves a
/// half-written source behind and the previous version stays readable until the rename.</summary>
public sealed class RecordStore
{
    private readonly string _folder;

    public RecordStore(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        _folder = Path.Combine(dataDirectory, "records");
    }

    public string DataDirectory { get; }

    public void Put(StoredSource source)
    {
        Directory.CreateDirectory(_folder);
        var target = PathFor(source.Source);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(source, RecordJson.Options), Encoding.UTF8);
        File.Move(temporary, target, overwrite: true);
    }

    public StoredSource? Get(string source)
    {
        var path = PathFor(source);
        return File.Exists(path) ? Load(path) : null;
    }

    public bool Remove(string source)
    {
        var path = PathFor(source);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>Every stored source, in a stable order (by source name). Files are read and deserialised
    /// in parallel: a collection of 100,000 plans is 100,000 files, and parsing them is the cost.</summary>
    public IEnumerable<StoredSource> All()
    {
        if (!Directory.Exists(_folder)) return [];
        var files = Directory.GetFiles(_folder, "*.json");
        var loaded = new StoredSource?[files.Length];
        Parallel.For(0, files.Length, i => loaded[i] = Load(files[i]));
        return loaded.OfType<StoredSource>().OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
    }

    public IEnumerable<PlanRecord> AllRecords() => All().SelectMany(s => s.Records);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static StoredSource? Load(string path)
    {
        try
        {
            // UTF-8 bytes straight to the parser (no UTF-16 string of the whole file); ours start with a BOM.
            ReadOnlySpan<byte> json = File.ReadAllBytes(path);
            if (json.StartsWith(Utf8Bom)) json = json[Utf8Bom.Length..];
            return JsonSerializer.Deserialize<StoredSource>(json, RecordJson.Options);
        }
        catch (JsonException)
        {
            // A file we did not write whole (or by hand); the atomic rename means ours are never partial.
            return null;
        }
        catch (FileNotFoundException)
        {
            // Removed (re-ingest, delete) between listing the folder and reading it.
            return null;
        }
    }

    private string PathFor(string source)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source.Normalize(NormalizationForm.FormC)));
        return Path.Combine(_folder, Convert.ToHexStringLower(hash.AsSpan(0, 12)) + ".json");
    }
}
