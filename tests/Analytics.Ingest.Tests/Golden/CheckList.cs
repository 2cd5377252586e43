using System.Globalization;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Collects the field checks of one record under a path prefix ("[1]." for the second plan of a file).</summary>
internal sealed class CheckList(string prefix)
{
    private readonly List<FieldCheck> _checks = [];

    public IReadOnlyList<FieldCheck> Checks => _checks;

    public void Add(string field, string? expected, string? actual, Func<string?, string?, bool> same, string? at = null) =>
        _checks.Add(new FieldCheck(field, prefix + (at ?? field), same(expected, actual), expected, actual));

    public void Add(string field, long? expected, long? actual, string? at = null) =>
        Add(field, Show(expected), Show(actual), CompareRules.Exact, at);

    public void Fail(string field, string? expected, string? actual, string? at = null) =>
        _checks.Add(new FieldCheck(field, prefix + (at ?? field), false, expected, actual));

    /// <summary>Sets compare regardless of order and duplicates (gap labels).</summary>
    public void AddSet(string field, IEnumerable<string> expected, IEnumerable<string> actual, string? at = null)
    {
        var left = expected.Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal);
        var right = actual.Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal);
        Add(field, Join(left), Join(right), (_, _) => left.SetEquals(right), at);
    }

    /// <summary>Marks every check so far as failed: used when the compared record or item is missing,
    /// so that fields the expectation leaves null do not count as found.</summary>
    public void FailAllFrom(int index)
    {
        for (var i = index; i < _checks.Count; i++) _checks[i] = _checks[i] with { Ok = false };
    }

    private static string? Show(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> values) => "{" + string.Join(", ", values.Order(StringComparer.Ordinal)) + "}";
}
