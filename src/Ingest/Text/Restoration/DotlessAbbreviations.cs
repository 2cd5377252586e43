using System.Collections.Frozen;
using System.Reflection;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Capitalised abbreviations that carry Đ, for text typed without diacritics ("QD" → "QĐ",
/// "GD&amp;DT" → "GD&amp;ĐT"). The syllable model cannot know them (they are no syllables), so they live here:
/// the table learned from the training text (abbreviations.tsv, built by scripts/build-abbreviations.py: a
/// spelling enters when one Đ-reading has ≥ 95 % of its accented occurrences) and the education-sector ones
/// below, which read one way whatever a corpus says. Spellings whose letters read several ways ("DT":
/// diện tích or đào tạo, "HD": hướng dẫn or hội đồng, "CD") are in neither and stay as written.</summary>
public sealed class DotlessAbbreviations
{
    private static readonly string[][] Curated =
    [
        ["GD&DT", "GD&ĐT"], ["GDDT", "GDĐT"], ["BGDDT", "BGDĐT"], ["SGDDT", "SGDĐT"], ["PGDDT", "PGDĐT"],
        ["SGD&DT", "SGD&ĐT"], ["PGD&DT", "PGD&ĐT"],
        ["HDND", "HĐND"],        // hội đồng nhân dân
        ["HDSP", "HĐSP"],        // hội đồng sư phạm
        ["HDTDG", "HĐTĐG"],      // hội đồng tự đánh giá
        ["TDG", "TĐG"],          // tự đánh giá
        ["DGN", "ĐGN"],          // đánh giá ngoài
        ["KDCLGD", "KĐCLGD"],    // kiểm định chất lượng giáo dục
        ["DBCL", "ĐBCL"],        // đảm bảo chất lượng
        ["DDDH", "ĐDDH"],        // đồ dùng dạy học
        ["DDDC", "ĐDĐC"],        // đồ dùng đồ chơi
        ["TDKT", "TĐKT"],        // thi đua khen thưởng
        ["BDDCMHS", "BĐDCMHS"],  // ban đại diện cha mẹ học sinh
        ["DDCMHS", "ĐDCMHS"],
    ];

    public static DotlessAbbreviations Default { get; } = new(Load());

    private readonly FrozenDictionary<string, string> _readings;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public DotlessAbbreviations(IEnumerable<KeyValuePair<string, string>> learned)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (spelling, reading) in learned) table[spelling] = reading;
        foreach (var pair in Curated) table[pair[0]] = pair[1];
        _readings = table.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _readings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _readings.Count;

    /// <summary>Every spelling and its reading.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _readings;

    /// <summary>The reading of a spelling written in capitals without Đ, or null.</summary>
    public string? Reading(ReadOnlySpan<char> spelling) =>
        spelling.Length >= 2 && _bySpan.TryGetValue(spelling, out var reading) ? reading : null;

    /// <summary>The line with every known abbreviation read with its Đ: runs of capitals (and "&amp;") that
    /// stand alone between non-letters, also where a number is joined to them ("215/QD-UBND").</summary>
    public string Restore(string line)
    {
        char[]? output = null;
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var start = i;
            var capitals = true;
            while (i < line.Length && (char.IsLetter(line[i]) || (line[i] == '&' && i + 1 < line.Length && char.IsLetter(line[i + 1]))))
            {
                capitals &= line[i] is >= 'A' and <= 'Z' or '&';
                i++;
            }
            if (!capitals || Reading(line.AsSpan(start, i - start)) is not { } reading) continue;
            output ??= line.ToCharArray();
            reading.CopyTo(0, output, start, reading.Length);
        }
        return output is null ? line : new string(output);
    }

    private static IEnumerable<KeyValuePair<string, string>> Load()
    {
        using var stream = typeof(DotlessAbbreviations).Assembly.GetManifestResourceStream("Analytics.Ingest.Text.Restoration.abbreviations.tsv")
            ?? throw new InvalidOperationException("abbreviations.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } row)
        {
            if (row.StartsWith('#') || row.Length == 0) continue;
            var cells = row.Split('\t');
            if (cells.Length >= 2 && cells[0].Length == cells[1].Length) rows.Add(new(cells[0], cells[1]));
        }
        return rows;
    }
}
