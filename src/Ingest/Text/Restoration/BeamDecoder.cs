using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Beam search over a lattice of syllable candidates with a trigram model; hypotheses that share
/// their last two syllables are recombined (Viterbi), so with a wide enough beam it is exact.
/// Stateless apart from the model: safe to share between threads.</summary>
public sealed class BeamDecoder(ISyllableScorer model, int beamWidth = 8)
{
    private struct Hyp
    {
        public int P2, P1, Back, Cand;
        public float Score;
    }

    /// <summary>Chosen candidate index per slot, and the path's total score (log10).</summary>
    public (int[] Choice, float Score) Decode(IReadOnlyList<LatticeSlot> slots)
    {
        var choice = new int[slots.Count];
        if (slots.Count == 0) return (choice, 0f);
        var history = new List<Hyp[]>(slots.Count);
        var beam = new[] { new Hyp { P2 = SyllableLanguageModel.SentenceStart, P1 = SyllableLanguageModel.SentenceStart, Back = -1, Cand = -1 } };
        var next = new List<Hyp>(beamWidth * 8);
        foreach (var slot in slots)
        {
            next.Clear();
            for (var k = 0; k < slot.Ids.Length; k++)
            {
                var c = slot.Ids[k];
                var channel = slot.Channel(k);
                var groupStart = next.Count;
                for (var h = 0; h < beam.Length; h++)
                {
                    var hyp = beam[h];
                    var score = hyp.Score + model.Score(hyp.P2, hyp.P1, c) + channel;
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
        return (choice, bestScore);
    }
}
