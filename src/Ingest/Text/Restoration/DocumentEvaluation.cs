using System.Diagnostics;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>What one held-out document measures through the product's repair: syllable accuracy (tone
/// placement ignored), words exactly as the author wrote them (placement, Đ in abbreviations and case count),
/// the share of words of the accented original that came back unchanged, and speed.</summary>
public sealed record DocumentScore(RestorationScore Syllables, int Words, int ExactWords, int KeptWords, int AccentedWords, double SyllablesPerSecond)
{
    public double ExactAccuracy => Words == 0 ? 0 : (double)ExactWords / Words;
    public double UnchangedRate => AccentedWords == 0 ? 0 : (double)KeptWords / AccentedWords;

    public override string ToString() =>
        $"syllables {Syllables}; words exactly as written {ExactAccuracy:P2} of {Words:N0}; correct text unchanged {UnchangedRate:P2} of {AccentedWords:N0} words; {SyllablesPerSecond:N0} syllables/s";
}

/// <summary>Measures restoration the way a user meets it: the whole document goes through
/// <see cref="VietnameseTextRepair.Repair(string)"/> at once (line judgement and document-wide choices
/// included). With <c>mixed</c> only every other line loses its marks (a document partly typed without
/// them) and only those lines are scored.</summary>
public static class DocumentEvaluation
{
    public static DocumentScore Measure(VietnameseTextRepair repair, IReadOnlyList<string> truth, bool mixed = false)
    {
        var input = truth.Select((line, i) => !mixed || i % 2 == 0 ? RestorationEvaluator.StripMarks(line) : line).ToArray();
        var watch = Stopwatch.StartNew();
        var output = repair.Repair(string.Join('\n', input)).Text.Split('\n');
        watch.Stop();
        var syllables = new RestorationScore(0, 0, 0, 0);
        int words = 0, exact = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (mixed && i % 2 == 1) continue;
            syllables = syllables.Add(RestorationEvaluator.Score(truth[i], output[i], repair.IsAmbiguous));
            var (n, same) = CompareWords(truth[i], output[i]);
            words += n;
            exact += same;
        }
        var kept = repair.Repair(string.Join('\n', truth)).Text.Split('\n');
        int accented = 0, unchanged = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var (n, same) = CompareWords(truth[i], kept[i]);
            accented += n;
            unchanged += same;
        }
        return new DocumentScore(syllables, words, exact, unchanged, accented, syllables.Syllables / Math.Max(watch.Elapsed.TotalSeconds, 1e-9));
    }

    /// <summary>Per scored line, the words the repair got wrong ("truth→output" pairs), for looking at
    /// development text.</summary>
    public static IEnumerable<(int Line, string Wrong)> Errors(VietnameseTextRepair repair, IReadOnlyList<string> truth, bool mixed = false)
    {
        var input = truth.Select((line, i) => !mixed || i % 2 == 0 ? RestorationEvaluator.StripMarks(line) : line).ToArray();
        var output = repair.Repair(string.Join('\n', input)).Text.Split('\n');
        for (var i = 0; i < truth.Count; i++)
        {
            if (mixed && i % 2 == 1) continue;
            var t = Words(VietnameseFolding.Nfc(truth[i]));
            var o = Words(VietnameseFolding.Nfc(output[i]));
            var wrong = t.Select((w, k) => k < o.Length && o[k] != w && w.Any(char.IsLetter) ? $"{w}→{o[k]}" : null).Where(w => w is not null).ToList();
            if (wrong.Count > 0) yield return (i, string.Join(", ", wrong));
        }
    }

    /// <summary>Words with a letter in the truth line, and how many of them the output has exactly
    /// (position by position; repair never splits or merges words).</summary>
    public static (int Words, int Same) CompareWords(string truth, string output)
    {
        var t = Words(VietnameseFolding.Nfc(truth));
        var o = Words(VietnameseFolding.Nfc(output));
        int n = 0, same = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (!t[i].Any(char.IsLetter)) continue;
            n++;
            if (i < o.Length && o[i] == t[i]) same++;
        }
        return (n, same);
    }

    private static string[] Words(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '\'', '‘', '’', '-', '–', '…', '[', ']', '/'))
            .Where(w => w.Length > 0).ToArray();
}
