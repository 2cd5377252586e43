namespace Analytics.Server.Jobs;

/// <summary>The uploaded files, one per content hash (DIR/ab/abcdef…), shared by the submitting machine and
/// the workers (a local folder on one machine, a network share across several). Written to a temporary
/// name and renamed, so a worker never reads half a file.</summary>
public sealed class ContentStore(string folder)
{
    public const string EnvironmentVariable = "PLANS_FILES";

    public string Folder { get; } = Path.GetFullPath(folder);

    public void Put(string hash, ReadOnlySpan<byte> content)
    {
        var target = PathOf(hash);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, content.ToArray());
        File.Move(temporary, target, overwrite: true);
    }

    public byte[] Get(string hash) => File.ReadAllBytes(PathOf(hash));

    private string PathOf(string hash)
    {
        if (hash.Length < 8 || !hash.All(char.IsAsciiHexDigitLower)) throw new ArgumentException($"not a content hash: {hash}");
        return Path.Combine(Folder, hash[..2], hash);
    }
}
