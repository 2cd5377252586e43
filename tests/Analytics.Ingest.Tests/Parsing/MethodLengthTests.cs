using System.Text.RegularExpressions;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>The structural acceptance of issue #14: no method of the parser (src/Ingest/Parsing) over forty
/// lines, so each construct stays a small rule. Methods are found by their declaration line and the braces
/// that open and close at its indentation, as the repository's style writes them.</summary>
public sealed partial class MethodLengthTests
{
    private const int MaxLines = 40;

    [Fact]
    public void No_method_of_the_parser_is_longer_than_forty_lines()
    {
        var folder = RepoPaths.Combine("src", "Ingest", "Parsing");
        var tooLong = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => Methods(File.ReadAllLines(f)).Where(m => m.Lines > MaxLines).Select(m => $"{Path.GetRelativePath(folder, f)}:{m.Line} {m.Name} ({m.Lines} lines)"))
            .ToList();
        Assert.True(tooLong.Count == 0, "methods over " + MaxLines + " lines:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void The_length_check_sees_a_long_method_and_passes_a_short_one()
    {
        string[] source = ["internal static class Sample", "{", "    public static int Long(int x)", "    {", .. Enumerable.Repeat("        x++;", 45), "        return x;", "    }", "",
            "    private static int Short(int x)", "    {", "        return x;", "    }", "}"];
        Assert.Equal([("Long", 3, 49), ("Short", 53, 4)], Methods(source).ToList());
    }

    private static IEnumerable<(string Name, int Line, int Lines)> Methods(string[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var m = Declaration().Match(lines[i]);
            var indent = m.Groups["indent"].Value;
            if (!m.Success || lines[i + 1] != indent + "{") continue;
            var end = Array.IndexOf(lines, indent + "}", i + 2);
            if (end < 0) continue;
            yield return (m.Groups["name"].Value, i + 1, end - i + 1);
            i = end;
        }
    }

    [GeneratedRegex(@"^(?!.*\b(?:class|record|struct|interface|enum)\b)(?<indent>\s+)(?:(?:public|private|internal|protected|static|override|sealed|async|virtual|new)\s+)+[\w<>\[\]?,.() ]+?\s(?<name>\w+)(?:<[^>]*>)?\(")]
    private static partial Regex Declaration();
}
