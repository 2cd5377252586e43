using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Per-item forms in running text, rewritten to the labelled lines the prose rules read: dot leaders
/// around a value ("Mục tiêu: ……Có phòng y tế……") dropped, a form whose labels stand on lines of their own with
/// the answer on the next line ("Thời gian thực hiện" / "Quý IV/2025") joined into "label: answer", and the
/// numbered title over each form ("PHIẾU SỐ 2", "Nội dung cải tiến 2") left out, as it names no field.</summary>
internal static partial class FormLines
{
    private const int MinFormPairs = 3;
    private const int MaxLabelLength = 60;

    public static IReadOnlyList<Block> Canonical(IReadOnlyList<Block> blocks)
    {
        var lines = SplitRunOn(blocks.SelectMany(AsLines).ToList());
        var joined = JoinAnswers(TabAnswers(lines));
        if (joined.Count == lines.Count && !lines.Any(l => l is TextBlock t && (WithoutLeaders(t.Text) is not null || t.Text.Contains('\t')))) return blocks;
        var stripped = joined.Select(b => b is TextBlock t && WithoutLeaders(t.Text) is { } text ? t with { Text = text } : b).ToList();
        return [.. stripped.Where((b, i) => !IsFormTitle(stripped, i))];
    }

    /// <summary>A text block's lines as blocks of their own (a plain-text reader may keep a form's lines in one block).</summary>
    private static IEnumerable<Block> AsLines(Block block) => block is TextBlock { Text: var text } t && text.Contains('\n')
        ? text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => t with { Text = l.Trim() })
        : [block];

    /// <summary>An answer starting in lower case ("tháng 9-12/2025") that a text reader ran on to its label line:
    /// when the document's forms write that label alone elsewhere ("Thời gian thực hiện"), the line is cut after it.</summary>
    private static List<Block> SplitRunOn(List<Block> lines)
    {
        if (!lines.Any(IsCriterionLabel)) return lines;
        var labels = lines.OfType<TextBlock>().Select(t => t.Text.Trim()).Where(t => MayBeLabel(t, first: false) && HeaderVocabulary.RoleOf(t) != ColumnRole.Unknown)
            .Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ToList();
        return [.. lines.SelectMany(line => line is TextBlock t && labels.FirstOrDefault(l => t.Text.StartsWith(l + " ", StringComparison.Ordinal)) is { } label
            && !labels.Contains(t.Text.Trim()) && char.IsLower(t.Text[label.Length + 1])
            ? [t with { Text = label }, t with { Text = t.Text[(label.Length + 1)..].Trim() }]
            : new Block[] { line })];
    }

    /// <summary>"Label: ....value...." → "Label: value"; null when the line has no leaders.</summary>
    internal static string? WithoutLeaders(string text)
    {
        var m = LeaderLine().Match(text);
        if (!m.Success) return null;
        return $"{m.Groups["label"].Value.TrimEnd()}: {m.Groups["value"].Value.Trim()}".TrimEnd();
    }

    /// <summary>From a criterion label standing alone, the lines alternate label / answer until a line that cannot
    /// be a label (a number in it, a colon, a sentence); each pair becomes one labelled line.</summary>
    private static List<Block> JoinAnswers(List<Block> blocks)
    {
        var result = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var pairs = IsCriterionLabel(blocks[i]) ? PairsFrom(blocks, i) : 0;
            if (pairs < MinFormPairs)
            {
                result.Add(blocks[i]);
                continue;
            }
            for (var p = 0; p < pairs; p++, i += 2)
            {
                var label = (TextBlock)blocks[i];
                result.Add(label with { Text = $"{label.Text.Trim().TrimEnd(':').Trim()}: {((TextBlock)blocks[i + 1]).Text.Trim()}" });
            }
            i--;
        }
        return result;
    }

    /// <summary>A two-column field table copied as text ("Tiêu chí được cải tiến&lt;tab&gt;TC 1 - tiêu chí 10", then
    /// "Mục tiêu&lt;tab&gt;…"): from a criterion label on, each "label&lt;tab&gt;answer" line becomes "label: answer".</summary>
    private static List<Block> TabAnswers(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var inForm = false;
        foreach (var block in blocks)
        {
            var cells = block is TextBlock t ? t.Text.Split('\t') : [];
            inForm = cells.Length == 2 && cells[1].Trim().Length > 0 && (IsCriterionLabel(cells[0]) || (inForm && MayBeLabel(cells[0], first: false)));
            result.Add(inForm ? ((TextBlock)block) with { Text = $"{cells[0].Trim().TrimEnd(':').Trim()}: {cells[1].Trim()}" } : block);
        }
        return result;
    }

    /// <summary>How many label-line / answer-line pairs follow from <paramref name="at"/>.</summary>
    private static int PairsFrom(List<Block> blocks, int at)
    {
        var pairs = 0;
        while (at + 2 * pairs + 1 < blocks.Count && blocks[at + 2 * pairs] is TextBlock label && blocks[at + 2 * pairs + 1] is TextBlock answer
               && MayBeLabel(label.Text, pairs == 0) && answer.Text.Trim().Length > 0 && !IsCriterionLabel(answer))
            pairs++;
        return pairs;
    }

    /// <summary>A short line of words only; past the criterion's, a label the vocabulary lacks ("Yêu cầu đạt được")
    /// still counts when it is capitalised and ends no sentence.</summary>
    private static bool MayBeLabel(string text, bool first)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is <= 2 or > MaxLabelLength || trimmed.Contains(':') || trimmed.Any(char.IsDigit) || trimmed.EndsWith('.')) return false;
        var role = HeaderVocabulary.RoleOf(trimmed);
        if (role == ColumnRole.Number) return false;
        return role != ColumnRole.Unknown || (!first && char.IsUpper(trimmed[0]) && trimmed.Split(' ').Length <= 6);
    }

    private static bool IsCriterionLabel(Block block) => block is TextBlock t && IsCriterionLabel(t.Text);

    private static bool IsCriterionLabel(string text) =>
        text.Trim().TrimEnd(':').Trim() is var label && label.Length <= MaxLabelLength
        && !label.Contains(':') && HeaderVocabulary.RoleOf(label) == ColumnRole.Criterion && CriterionReferences.Parse(label) is null;

    /// <summary>A short line ending in its number ("PHIẾU SỐ 1", "Cải tiến thứ 2") right above a criterion line.</summary>
    private static bool IsFormTitle(List<Block> blocks, int at) =>
        blocks[at] is TextBlock t && FormTitle().IsMatch(Folded.Aligned(t.Text.Trim())) && HeaderVocabulary.RoleOf(t.Text) != ColumnRole.Criterion
        && at + 1 < blocks.Count && blocks[at + 1] is TextBlock next && ProseItemReader.CriterionLabelValue(next.Text.Trim()) is not null;

    [GeneratedRegex(@"^(?<label>[^:\n]{2,60}):\s*(?:\.{3,}|…+)\s*(?<value>.*?)\s*(?:\.{3,}|…+)?\s*$")]
    private static partial Regex LeaderLine();

    [GeneratedRegex(@"^[a-z ]{2,40}?\s(?:so\s*|thu\s*)?\d{1,2}\s*[.:]?$")]
    private static partial Regex FormTitle();
}
