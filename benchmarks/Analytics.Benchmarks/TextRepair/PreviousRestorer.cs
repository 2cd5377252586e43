using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>The restorer as it was before the decoder was reworked (kept as a benchmark reference):
/// a string per word, a candidate look-up on a lower-cased copy, a new beam array per slot, a full sort,
/// every trigram scored on its own, and a rewrite through a record per word.</summary>
internal sealed class PreviousRestorer(ISyllableScorer model, ICandidateSource candidates, int beamWidth = 8)
{
    private struct Hyp
    {
        public int P2, P1, Back, Cand;
        public float Score;
    }

    private readonly record struct Slot(int[] Ids);

    public string Restore(string text)
    {
        var spans = new List<WordSpan>();
        WordSpans.Split(text, spans);
        var choices = new List<(int Start, int Length, string Chosen)>();
        var slots = new List<Slot>();
        var open = new List<(WordSpan Span, CandidateSet? Set)>();
        foreach (var span in spans)
        {
            switch (span.Kind)
            {
                case SpanKind.Word:
                    var word = text.Substring(span.Start, span.Length);
                    var set = candidates.Candidates(word.ToLowerInvariant());
                    open.Add((span, set));
                    slots.Add(new Slot(set is null ? [model.Id(TonePlacement.Canonical(VietnameseFolding.Nfc(word).ToLowerInvariant()))] : set.Ids));
                    break;
                case SpanKind.Number:
                    open.Add((span, null));
                    slots.Add(new Slot([SyllableLanguageModel.Number]));
                    break;
                case SpanKind.SentenceBreak:
                    Flush(text, slots, open, choices);
                    break;
            }
        }
        Flush(text, slots, open, choices);
        if (choices.Count == 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var c in choices)
        {
            builder.Append(text, at, c.Start - at).Append(c.Chosen);
            at = c.Start + c.Length;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }

    private void Flush(string text, List<Slot> slots, List<(WordSpan Span, CandidateSet? Set)> open, List<(int, int, string)> choices)
    {
        if (slots.Count == 0) return;
        var choice = Decode(slots);
        for (var i = 0; i < open.Count; i++)
        {
            var (span, set) = open[i];
            if (set is null) continue;
            var original = text.Substring(span.Start, span.Length);
            var form = set.Forms[choice[i]];
            var chars = form.ToCharArray();
            for (var j = 0; j < chars.Length && j < original.Length; j++)
            {
                if (char.IsUpper(original[j])) chars[j] = char.ToUpperInvariant(chars[j]);
            }
            choices.Add((span.Start, span.Length, new string(chars)));
        }
        slots.Clear();
        open.Clear();
    }

    private int[] Decode(List<Slot> slots)
    {
        var choice = new int[slots.Count];
        var history = new List<Hyp[]>(slots.Count);
        var beam = new[] { new Hyp { P2 = SyllableLanguageModel.SentenceStart, P1 = SyllableLanguageModel.SentenceStart, Back = -1, Cand = -1 } };
        var next = new List<Hyp>(beamWidth * 8);
        foreach (var slot in slots)
        {
            next.Clear();
            for (var k = 0; k < slot.Ids.Length; k++)
            {
                var c = slot.Ids[k];
                var groupStart = next.Count;
                for (var h = 0; h < beam.Length; h++)
                {
                    var hyp = beam[h];
                    var score = hyp.Score + model.Score(hyp.P2, hyp.P1, c);
                    var merged = false;
                    for (var j = groupStart; j < next.Count; j++)
                    {
                        if (next[j].P2 != hyp.P1) continue;
                        merged = true;
                        if (score > next[j].Score) next[j] = new Hyp { P2 = hyp.P1, P1 = c, Back = h, Cand = k, Score = score };
                        break;
                    }
                    if (!merged) next.Add(new Hyp { P2 = hyp.P1, P1 = c, Back = h, Cand = k, Score = score });
                }
            }
            if (next.Count > beamWidth) next.Sort(static (x, y) => y.Score.CompareTo(x.Score));
            beam = next.Count > beamWidth ? next.GetRange(0, beamWidth).ToArray() : next.ToArray();
            history.Add(beam);
        }
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var h = 0; h < beam.Length; h++)
        {
            var total = beam[h].Score + model.Score(beam[h].P2, beam[h].P1, SyllableLanguageModel.SentenceEnd);
            if (total > bestScore) (best, bestScore) = (h, total);
        }
        for (var i = slots.Count - 1; i >= 0; i--)
        {
            var hyp = history[i][best];
            choice[i] = hyp.Cand;
            best = hyp.Back;
        }
        return choice;
    }
}
