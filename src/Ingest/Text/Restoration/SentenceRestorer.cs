using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Decodes text line by line and sentence by sentence: words with candidates become lattice slots,
/// every other word is context (its model id, or &lt;unk&gt;/&lt;num&gt;). Casing, numbers, punctuation
/// and spacing are kept; only chosen words are replaced. Thread-safe: working arrays are per thread.</summary>
public sealed class SentenceRestorer(ISyllableScorer model, ICandidateSource candidates, int beamWidth = 8,
    float beamThreshold = BeamDecoder.DefaultThreshold, float caseWeight = 1f)
{
    private readonly BeamDecoder _decoder = new(model, beamWidth, beamThreshold, caseWeight);

    [ThreadStatic] private static Workspace? _workspace;

    /// <summary>One decided word: where it is, its candidates and the index chosen.</summary>
    private readonly record struct Decision(int Start, int Length, CandidateSet Set, int Choice);

    private sealed class Workspace
    {
        public readonly List<WordSpan> Spans = [];
        public readonly List<Decision> Decisions = [];
        public LatticeSlot[] Slots = new LatticeSlot[64];
        public CandidateSet?[] Sets = new CandidateSet?[64];
        public int[] Starts = new int[64];
        public int[] Lengths = new int[64];
        public int[] Choice = new int[64];
        public int Count;
        public readonly BeamDecoder.Buffers Decoder = new();
        public char[] Output = new char[256];

        public void Add(WordSpan span, LatticeSlot slot, CandidateSet? set)
        {
            if (Count == Slots.Length)
            {
                Array.Resize(ref Slots, Count * 2);
                Array.Resize(ref Sets, Count * 2);
                Array.Resize(ref Starts, Count * 2);
                Array.Resize(ref Lengths, Count * 2);
                Array.Resize(ref Choice, Count * 2);
            }
            Slots[Count] = slot;
            Sets[Count] = set;
            Starts[Count] = span.Start;
            Lengths[Count] = span.Length;
            Count++;
        }
    }

    public string Restore(string text)
    {
        var work = _workspace ??= new Workspace();
        Decide(text, work);
        // Abbreviations joined to a number ("215/QD-UBND") are no word of the lattice: read them after it.
        return DotlessAbbreviations.Default.Restore(Rewrite(text, work));
    }

    public IReadOnlyList<SyllableChoice> Explain(string text) => Decide(text, explain: true);

    /// <summary>Decisions for every word that had candidates, in text order.</summary>
    public List<SyllableChoice> Decide(string text, bool explain)
    {
        var work = new Workspace();
        var choices = new List<SyllableChoice>();
        Decide(text, work, (slots, choice, i, d) =>
        {
            var original = text.Substring(d.Start, d.Length);
            var chosen = CasePattern.Apply(original, d.Set.Forms[d.Choice]);
            choices.Add(new SyllableChoice(d.Start, d.Length, original, chosen, explain ? Alternatives(slots, choice, i, d.Set) : []));
        });
        return choices;
    }

    private void Decide(string text, Workspace work, Action<LatticeSlot[], int[], int, Decision>? onChoice = null)
    {
        work.Decisions.Clear();
        work.Count = 0;
        WordSpans.Split(text, work.Spans);
        foreach (var span in work.Spans)
        {
            switch (span.Kind)
            {
                case SpanKind.Word:
                    var word = text.AsSpan(span.Start, span.Length);
                    var set = candidates.Candidates(word);
                    // Inside a sentence a capital is a hint (names); at its start it says nothing.
                    var shape = work.Count == 0 ? CaseShape.Other : CaseShapes.Of(word);
                    work.Add(span, set is null ? LatticeSlot.Fixed(FixedId(word)) : new LatticeSlot(set.Ids, set.ChannelScores, 0, shape), set);
                    break;
                case SpanKind.Number:
                    work.Add(span, LatticeSlot.Fixed(SyllableLanguageModel.Number), null);
                    break;
                case SpanKind.SentenceBreak:
                    Flush(work, onChoice);
                    break;
            }
        }
        Flush(work, onChoice);
    }

    private void Flush(Workspace work, Action<LatticeSlot[], int[], int, Decision>? onChoice)
    {
        var n = work.Count;
        if (n == 0) return;
        _decoder.Decode(work.Slots.AsSpan(0, n), work.Choice.AsSpan(0, n), work.Decoder);
        var slots = onChoice is null ? null : work.Slots[..n];
        var choice = onChoice is null ? null : work.Choice[..n];
        for (var i = 0; i < n; i++)
        {
            if (work.Sets[i] is not { } set) continue;
            var decision = new Decision(work.Starts[i], work.Lengths[i], set, work.Choice[i]);
            work.Decisions.Add(decision);
            onChoice?.Invoke(slots!, choice!, i, decision);
        }
        work.Count = 0;
    }

    /// <summary>Each candidate's score with the rest of the chosen path held fixed, relative to the choice.</summary>
    private List<(string, float)> Alternatives(LatticeSlot[] slots, int[] choice, int i, CandidateSet set)
    {
        int IdAt(int j) => j < 0 ? SyllableLanguageModel.SentenceStart : j >= slots.Length ? SyllableLanguageModel.SentenceEnd : slots[j].Id(choice[j]);
        float Local(int candidate)
        {
            int p2 = IdAt(i - 2), p1 = IdAt(i - 1), n1 = IdAt(i + 1), n2 = IdAt(i + 2);
            var s = model.Score(p2, p1, candidate) + model.Score(p1, candidate, n1) + (set.ChannelScores?[Array.IndexOf(set.Ids, candidate)] ?? 0f);
            if (i + 1 < slots.Length) s += model.Score(candidate, n1, n2);
            return s;
        }
        var best = Local(set.Ids[choice[i]]);
        return set.Forms.Select((f, k) => (f, Local(set.Ids[k]) - best)).OrderByDescending(p => p.Item2).ToList();
    }

    private int FixedId(ReadOnlySpan<char> word)
    {
        if (word.Length <= 32 && Ascii(word))
        {
            // No marks, so no tone to move: lower case is the canonical form.
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return model.Id(lower);
        }
        var text = TonePlacement.Canonical(VietnameseFolding.Nfc(word.ToString()).ToLowerInvariant());
        return model.Id(text);
    }

    private static bool Ascii(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (c >= 0x80) return false;
        return true;
    }

    /// <summary>The text with each decided word replaced by its choice in the word's casing; the text itself
    /// when nothing changed.</summary>
    private static string Rewrite(string text, Workspace work)
    {
        var decisions = work.Decisions;
        if (decisions.Count == 0) return text;
        var sameLength = true;
        foreach (var d in decisions)
        {
            if (d.Set.Forms[d.Choice].Length != d.Length) { sameLength = false; break; }
        }
        if (!sameLength) return RewriteResized(text, decisions);

        // Accent restoration: every form has the length of its word, so it is written in place.
        char[]? output = null;
        foreach (var d in decisions)
        {
            var form = d.Set.Forms[d.Choice];
            for (var j = 0; j < form.Length; j++)
            {
                var o = text[d.Start + j];
                var f = char.IsUpper(o) ? char.ToUpperInvariant(form[j]) : form[j];
                if (f == o) continue;
                if (output is null)
                {
                    if (work.Output.Length < text.Length) work.Output = new char[text.Length * 2];
                    output = work.Output;
                    text.CopyTo(0, output, 0, text.Length);
                }
                output[d.Start + j] = f;
            }
        }
        return output is null ? text : new string(output, 0, text.Length);
    }

    private static string RewriteResized(string text, List<Decision> decisions)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var d in decisions)
        {
            builder.Append(text, at, d.Start - at).Append(CasePattern.Apply(text.AsSpan(d.Start, d.Length), d.Set.Forms[d.Choice]));
            at = d.Start + d.Length;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }
}
