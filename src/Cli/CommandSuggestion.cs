using System.CommandLine;

namespace Analytics.Cli;

/// <summary>The subcommand a mistyped one was probably meant to be ("serach" → "search"): the nearest name
/// by edit distance, when it is near enough to be a typo rather than another word.</summary>
internal static class CommandSuggestion
{
    public static string? For(RootCommand root, IReadOnlyList<string> args)
    {
        var typed = FirstWord(args);
        if (typed is null || root.Subcommands.Any(c => c.Name == typed)) return null;
        var nearest = root.Subcommands
            .Where(c => !c.Hidden)
            .Select(c => (c.Name, Distance: Distance(typed.ToLowerInvariant(), c.Name)))
            .OrderBy(c => c.Distance)
            .First();
        return nearest.Distance <= Math.Max(1, nearest.Name.Length / 3) ? nearest.Name : null;
    }

    /// <summary>The first argument that is neither an option nor the value of --data (which may come first).</summary>
    private static string? FirstWord(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--data") i++;
            else if (!args[i].StartsWith('-')) return args[i];
        }
        return null;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
