using System.Globalization;
using Analytics.Ingest;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Ingest.Text;
using Analytics.Search.Analysis;
using Analytics.Search.Querying;

namespace Analytics.Analysis.Filtering;

/// <summary>Evaluates the search query syntax (parsed by the search parser) directly on the records,
/// without an index: a plan matches when the plan or one of its items satisfies each condition.
/// Used when no index exists, and for scopes larger than one index search returns.</summary>
public sealed class FieldRecordFilter(string query) : IRecordFilter
{
    public Result<IReadOnlyList<PlanRecord>> Apply(IReadOnlyList<StoredSource> sources)
    {
        var parsed = PlanQueryParser.Parse(query);
        if (!parsed.IsSuccess) return Result<IReadOnlyList<PlanRecord>>.Failure($"--filter: {parsed.Error}");
        var node = parsed.Value;
        return Result<IReadOnlyList<PlanRecord>>.Success(sources.SelectMany(s => s.Records).Where(r => Matches(node, r)).ToList());
    }

    public static bool Matches(QueryNode node, PlanRecord record) => node switch
    {
        AllNode => true,
        AndNode and => and.Children.All(c => Matches(c, record)),
        OrNode or => or.Children.Any(c => Matches(c, record)),
        NotNode not => !Matches(not.Child, record),
        TextNode text => ContainsWords(record, text.Text),
        PhraseNode phrase => FoldedText(record).Contains(Fold(phrase.Text), StringComparison.Ordinal),
        FieldNode field => Field(record, field.Field, field.Value),
        RangeNode range => Range(record, range),
        _ => false,
    };

    private static bool Field(PlanRecord record, string field, string value)
    {
        var key = KeyNormalizer.Key(value);
        return field switch
        {
            "province" => SameKey(record.School.Province, key) || SameKey(record.School.ProvinceCurrent, key),
            "district" => SameKey(record.School.District, key),
            "level" => SameKey(record.School.Level, key),
            "gap" => GapValue.TryCode(value) is { } code && record.Gaps.Concat(record.Items.SelectMany(i => i.Gaps)).Contains(code),
            "criterion" => record.Items.Any(i => i.Criterion == value.Trim()) || record.Assessments.Any(a => a.Criterion == value.Trim()),
            "standard" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && record.Items.Any(i => i.Standard == s),
            "year" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Years(record).Contains(y),
            "funding" => record.Items.Any(i => i.Funding is not null && Fold(i.Funding).Contains(Fold(value), StringComparison.Ordinal)),
            "budget" => long.TryParse(value.Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var b) && record.Items.Any(i => i.Budget?.Vnd == b),
            _ => false,
        };
    }

    private static bool Range(PlanRecord record, RangeNode range)
    {
        IEnumerable<long> values = range.Field switch
        {
            "budget" => record.Items.Select(i => i.Budget?.Vnd).OfType<long>(),
            "year" => Years(record).Select(y => (long)y),
            "standard" => record.Items.Select(i => i.Standard).OfType<int>().Select(s => (long)s),
            _ => [],
        };
        var lower = Bound(range.Lower);
        var upper = Bound(range.Upper);
        return values.Any(v =>
            (lower is null || (range.IncludeLower ? v >= lower : v > lower)) &&
            (upper is null || (range.IncludeUpper ? v <= upper : v < upper)));
    }

    private static long? Bound(string? text) =>
        text is null or "*" ? null : long.TryParse(text.Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static IEnumerable<int> Years(PlanRecord record)
    {
        if (record.Document.PeriodStart is not { } from) return record.Document.PeriodEnd is { } only ? [only] : [];
        var to = Math.Clamp(record.Document.PeriodEnd ?? from, from, from + 5);
        return Enumerable.Range(from, to - from + 1);
    }

    private static bool SameKey(string? value, string key) => value is not null && KeyNormalizer.Key(value) == key;

    private static bool ContainsWords(PlanRecord record, string text)
    {
        // Whole words, as the index matches syllables: "thu vien" must not match "thực" + "giáo viên".
        var words = FoldedText(record).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return Fold(text).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).All(words.Contains);
    }

    private static string FoldedText(PlanRecord record) => Fold(string.Join(' ',
        new[] { record.School.Name, record.School.District, record.School.Province, record.School.ProvinceCurrent, record.Document.Title }
            .Concat(record.Weaknesses)
            .Concat(record.Items.SelectMany(i => new[] { i.CriterionName, i.Target, i.Actions, i.Funding }))
            .OfType<string>()));

    private static string Fold(string text) => VietnameseFolding.Fold(text);

    private static readonly char[] WordSeparators = [' ', ',', '.', ';', ':', '(', ')', '"', '-', '/', '\t', '\n', '\r'];
}
