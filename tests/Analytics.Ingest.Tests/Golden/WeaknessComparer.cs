namespace Analytics.Ingest.Tests.Golden;

/// <summary>Weakness sentences match by token overlap (<see cref="CompareRules.WeaknessF1"/>), each extracted
/// sentence used once, best overlap first: a parser may cut or join sentences a little differently.</summary>
internal static class WeaknessComparer
{
    public static void Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual, CheckList checks)
    {
        var used = new bool[actual.Count];
        for (var e = 0; e < expected.Count; e++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var a = 0; a < actual.Count; a++)
            {
                if (used[a]) continue;
                var score = TextKey.TokenF1(expected[e], actual[a]);
                if (score > bestScore)
                {
                    best = a;
                    bestScore = score;
                }
            }
            var found = best >= 0 && bestScore >= CompareRules.WeaknessF1;
            if (found) used[best] = true;
            checks.Add("weaknesses", expected[e], found ? actual[best] : null, (_, _) => found, $"weaknesses[{e}]");
        }
        for (var a = 0; a < actual.Count; a++)
        {
            if (!used[a]) checks.Fail("weaknesses (extra)", null, actual[a], $"weaknesses[extra {a}]");
        }
    }
}
