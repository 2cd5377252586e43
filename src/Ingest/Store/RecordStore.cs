using System.Text.Json;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Store;

/// <summary>The record store: one JSON file per ingested source under DATA/records.
/// Writes go to a temporary file, flushed to disk, that is then renamed over the old one, so neither a
/// crash nor a power cut leaves a half-written source behind, and the previous version stays readable
/// until the rename. Every change also advances the store's version (<see cref="StoreVersion"/>), which the
/// index records at each full sync, so a search can tell when the index is behind.</summary>
public sealed class RecordStore : IPlanStore
{
    private readonly string _folder;
    private readonly StoreVersion _version;
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _damaged = [];

    /// <param name="corrections">Analysts' corrections, laid over every source stored (default: the
    /// data folder's DATA/corrections).</param>
    public RecordStore(string dataDirectory, ICorrectionStore? corrections = null)
    {
        DataDirectory = dataDirectory;
        Corrections = corrections ?? new FileCorrectionStore(dataDirectory);
        _folder = Path.Combine(dataDirectory, "records");
        _version = new StoreVersion(dataDirectory);
    }

    public string DataDirectory { get; }

    /// <summary>Where the corrections applied by <see cref="Put"/> are kept.</summary>
    public ICorrectionStore Corrections { get; }

    /// <summary>How many changes the store has had (0: none yet).</summary>
    public long Version => _version.Read();

    /// <summary>Record files the last <see cref="All"/> could not read (damaged or not ours), by path.</summary>
    public IReadOnlyList<string> Damaged => _damaged.Order(StringComparer.Ordinal).ToList();

    /// <summary>Stores a source's records, with the analysts' corrections of that source laid over them
    /// (so a re-ingest of a corrected file keeps the corrections).</summary>
    public void Put(StoredSource source)
    {
        source = Review.CorrectionApplier.Apply(source, Corrections.For(source.Source));
        Directory.CreateDirectory(_folder);
        var target = PathFor(source.Source);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        DurableFile.Write(temporary, Utf8Bom, JsonSerializer.SerializeToUtf8Bytes(source, RecordJson.Options));
        // The version moves first: a crash between the two leaves the index flagged as behind, never a
        // change the index does not know it misses.
        _version.Advance();
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Stores a source in place of one already stored, keeping the replaced record file under
    /// DATA/history (named by the source's key and the time of the replacement).</summary>
    public void Replace(StoredSource source)
    {
        var current = PathFor(source.Source);
        if (File.Exists(current))
        {
            var history = Path.Combine(DataDirectory, "history");
            Directory.CreateDirectory(history);
            var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            File.Copy(current, Path.Combine(history, Path.GetFileNameWithoutExtension(current) + "." + stamp + ".json"), overwrite: true);
        }
        Put(source);
    }

    /// <summary>Whether a record file exists for the source (readable or not).</summary>
    public bool Holds(string source) => File.Exists(PathFor(source));

    public StoredSource? Get(string source)
    {
        var path = PathFor(source);
        return File.Exists(path) ? Load(path) : null;
    }

    public bool Remove(string source)
    {
        var path = PathFor(source);
        if (!File.Exists(path)) return false;
        _version.Advance();
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
        _damaged.Clear();
        Parallel.For(0, files.Length, i =>
        {
            loaded[i] = Load(files[i], out var damaged);
            if (damaged) _damaged.Add(files[i]);
        });
        return loaded.OfType<StoredSource>().OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
    }

    public IEnumerable<PlanRecord> AllRecords() => All().SelectMany(s => s.Records);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static StoredSource? Load(string path) => Load(path, out _);

    private static StoredSource? Load(string path, out bool damaged)
    {
        damaged = false;
        try
        {
            // UTF-8 bytes straight to the parser (no UTF-16 string of the whole file); ours start with a BOM.
            ReadOnlySpan<byte> json = File.ReadAllBytes(path);
            if (json.StartsWith(Utf8Bom)) json = json[Utf8Bom.Length..];
            return JsonSerializer.Deserialize<StoredSource>(json, RecordJson.Options);
        }
        catch (JsonException)
        {
            // A file we did not write whole (a disk fault, an edit by hand): the caller must say so, and the
            // index must keep what it holds for it rather than treat the source as removed.
            damaged = true;
            return null;
        }
        catch (FileNotFoundException)
        {
            // Removed (re-ingest, delete) between listing the folder and reading it.
            return null;
        }
    }

    private string PathFor(string source) => Path.Combine(_folder, SourceFileName.For(source));
}
