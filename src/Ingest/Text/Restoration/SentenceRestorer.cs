using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Decodes text line by line and sentence by sentence: words with candidates become lattice slots,
/// every other word is context (its model id, or &lt;unk&gt;/&lt;num&gt;). Casing, numbers, punctuation
/// and spacing are kept; only chosen words are replaced. Thread-safe.</summary>
public sealed class SentenceRestorer(ISyllableScorer model, ICandidateSource candidates, int beamWidth = 8)
{
    private readonly BeamDecoder _decoder = new(model, beamWidth);

    public string Restore(string text) => Rewrite(text, Decide(text, explain: false));

    public IReadOnlyList<SyllableChoice> Explain(string text) => Decide(text, explain: true);

    /// <summary>Decisions for every word that had candidates, in text order.</summary>
    public List<SyllableChoice> Decide(string text, bool explain)
    {
        var spans = new List<WordSpan>();
        WordSpans.Split(text, spans);
        var choices = new List<SyllableChoice>();
        var slots = new List<LatticeSlot>();
        var open = new List<(WordSpan Span, CandidateSet? Set)>();
        foreach (var span in spans)
        {
            switch (span.Kind)
            {
                case SpanKind.Word:
                    var word = text.Substring(span.Start, span.Length);
                    var set = candidates.Candidates(word);
                    open.Add((span, set));
                    slots.Add(set is null ? new LatticeSlot([FixedId(word)]) : new LatticeSlot(set.Ids, set.ChannelScores));
                    break;
                case SpanKind.Number:
                    open.Add((span, null));
                    slots.Add(new LatticeSlot([SyllableLanguageModel.Number]));
                    break;
                case SpanKind.SentenceBreak:
                    Flush(text, slots, open, choices, explain);
                    break;
            }
        }
        Flush(text, slots, open, choices, explain);
        return choices;
    }

    private void Flush(string text, List<LatticeSlot> slots, List<(WordSpan Span, CandidateSet? Set)> open, List<SyllableChoice> choices, bool explain)
    {
        if (slots.Count == 0) return;
        var (choice, _) = _decoder.Decode(slots);
        for (var i = 0; i < open.Count; i++)
        {
            var (span, set) = open[i];
            if (set is null) continue;
            var original = text.Substring(span.Start, span.Length);
            var chosen = CasePattern.Apply(original, set.Forms[choice[i]]);
            choices.Add(new SyllableChoice(span.Start, span.Length, original, chosen, explain ? Alternatives(slots, choice, i, set) : []));
        }
        slots.Clear();
        open.Clear();
    }

    /// <summary>Each candidate's score with the rest of the chosen path held fixed, relative to the choice.</summary>
    private List<(string, float)> Alternatives(List<LatticeSlot> slots, int[] choice, int i, CandidateSet set)
    {
        int IdAt(int j) => j < 0 ? SyllableLanguageModel.SentenceStart : j >= slots.Count ? SyllableLanguageModel.SentenceEnd : slots[j].Ids[choice[j]];
        float Local(int candidate)
        {
            int p2 = IdAt(i - 2), p1 = IdAt(i - 1), n1 = IdAt(i + 1), n2 = IdAt(i + 2);
            var s = model.Score(p2, p1, candidate) + model.Score(p1, candidate, n1) + (set.ChannelScores?[Array.IndexOf(set.Ids, candidate)] ?? 0f);
            if (i + 1 < slots.Count) s += model.Score(candidate, n1, n2);
            return s;
        }
        var best = Local(set.Ids[choice[i]]);
        return set.Forms.Select((f, k) => (f, Local(set.Ids[k]) - best)).OrderByDescending(p => p.Item2).ToList();
    }

    private int FixedId(string word)
    {
        var lower = TonePlacement.Canonical(VietnameseFolding.Nfc(word).ToLowerInvariant());
        return model.Id(lower);
    }

    private static string Rewrite(string text, List<SyllableChoice> choices)
    {
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
}
