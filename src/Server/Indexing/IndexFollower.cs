using System.Globalization;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Analytics.Server.Store;
using Npgsql;

namespace Analytics.Server.Indexing;

/// <summary>A web node's Lucene index, derived from PostgreSQL: it applies the change feed (sources whose
/// change number is past the last one applied) in order, commits, then records the position in
/// NODE/index/feed-position. A node that restarts reads the position and catches up from there; applying a
/// change twice (a crash between the commit and the position) only writes the same source again.</summary>
public sealed class IndexFollower : IDisposable
{
    private const int BatchSize = 500;
    private readonly NpgsqlDataSource _database;
    private readonly PlanIndex _index;
    private readonly string _positionFile;
    private readonly Lock _applying = new();

    public IndexFollower(NpgsqlDataSource database, string nodeDirectory)
    {
        _database = database;
        _index = PlanIndex.Open(nodeDirectory);
        _positionFile = Path.Combine(IndexLocation.For(nodeDirectory), "feed-position");
        Position = File.Exists(_positionFile) ? long.Parse(File.ReadAllText(_positionFile).Trim(), CultureInfo.InvariantCulture) : 0;
        // An index written by an older version lacks fields the scope needs (format 4: the commune): replay the
        // whole feed into an empty index of the current format.
        if (_index.FormatOnDisk < IndexFormat.Current)
        {
            _index.ClearForCurrentFormat();
            _index.Commit();
            Position = 0;
            WritePosition();
        }
    }

    /// <summary>The last change number this node's index holds.</summary>
    public long Position { get; private set; }

    /// <summary>Applies every change past <see cref="Position"/>; returns how many sources changed.</summary>
    public int CatchUp()
    {
        lock (_applying)
        {
            var applied = 0;
            while (NextChanges() is { Count: > 0 } changes)
            {
                using var connection = _database.OpenConnection();
                foreach (var (source, deleted, _) in changes)
                {
                    var stored = deleted ? null : SourceRows.Read(connection, "s.source = @s AND NOT s.deleted", ("s", source)).SingleOrDefault();
                    if (stored is null) _index.Delete(source);
                    else _index.Put(stored);
                }
                _index.Commit();
                Position = changes[^1].Seq;
                WritePosition();
                applied += changes.Count;
            }
            return applied;
        }
    }

    public SearchOutcome Search(SearchRequest request) => _index.Search(request);

    /// <summary>The next changes in feed order.</summary>
    private List<(string Source, bool Deleted, long Seq)> NextChanges()
    {
        using var command = _database.CreateCommand(
            "SELECT source, deleted, change_seq FROM sources WHERE change_seq > @p ORDER BY change_seq LIMIT @n");
        command.Parameters.AddWithValue("p", Position);
        command.Parameters.AddWithValue("n", BatchSize);
        var changes = new List<(string, bool, long)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) changes.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetInt64(2)));
        return changes;
    }

    private void WritePosition()
    {
        var temporary = _positionFile + ".tmp";
        File.WriteAllText(temporary, Position.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, _positionFile, overwrite: true);
    }

    public void Dispose() => _index.Dispose();
}
