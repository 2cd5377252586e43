using System.Reflection;
using Analytics.Ingest.Text;

namespace Analytics.Analysis.Classification;

/// <summary>Reads the hand-labelled gap sentences (Data/gap-labels.tsv, embedded): tab-separated
/// split (train|test), labels (comma-separated codes or '-') and text; '#' starts a comment.</summary>
public static class GapLabelSet
{
    private const string ResourceName = "Analytics.Analysis.gap-labels.tsv";

    /// <summary>The labelled set shipped with the product.</summary>
    public static IReadOnlyList<LabelledText> Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("gap-labels.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd(), "gap-labels.tsv");
        if (parsed.Errors.Count > 0) throw new InvalidOperationException(string.Join("; ", parsed.Errors));
        return parsed.Examples;
    }

    /// <summary>Parses a labels file; malformed lines come back as errors naming the line.</summary>
    public static LabelSetParse Parse(string content, string origin)
    {
        var examples = new List<LabelledText>();
        var errors = new List<string>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0] is not ("train" or "test"))
            {
                errors.Add($"{origin}:{i + 1}: expected 'train|test<TAB>labels<TAB>text'");
                continue;
            }
            var labels = fields[1] == "-" ? [] : fields[1].Split(',', StringSplitOptions.TrimEntries);
            var unknown = labels.Where(l => !GapCategories.IsKnown(l)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add($"{origin}:{i + 1}: unknown categories {string.Join(", ", unknown)}");
                continue;
            }
            examples.Add(new LabelledText(VietnameseFolding.Nfc(fields[2].Trim()), labels, fields[0] == "test", $"{origin}:{i + 1}"));
        }
        return new LabelSetParse(examples, errors);
    }
}

public sealed record LabelSetParse(IReadOnlyList<LabelledText> Examples, IReadOnlyList<string> Errors);
