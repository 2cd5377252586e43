using System.Runtime.CompilerServices;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Beam search over a lattice of syllable candidates with a trigram or 4-gram model; hypotheses that
/// share the context the model reads (their last two syllables, three with a 4-gram layer) are recombined
/// (Viterbi), so with a wide enough beam it is exact.
/// Stateless apart from the model: safe to share between threads (working arrays are per call or per thread).</summary>
public sealed class BeamDecoder
{
    private readonly ISyllableScorer _model;
    private readonly SyllableLanguageModel? _fast;
    private readonly int _beamWidth;
    private readonly float _threshold;
    private readonly float _caseWeight;
    private readonly bool _fourgram;

    /// <summary>Default pruning margin (log10): on a development split of the corpus plans, 4 lost no
    /// accuracy against an unpruned beam and about halved decoding time in an A/B run; 3 began to lose.</summary>
    public const float DefaultThreshold = 4f;

    public BeamDecoder(ISyllableScorer model, int beamWidth = 8, float beamThreshold = DefaultThreshold, float caseWeight = 1f)
    {
        _caseWeight = caseWeight;
        _threshold = beamThreshold;
        _model = model;
        _fast = model as SyllableLanguageModel;
        _fourgram = _fast?.Order == 4;
        _beamWidth = Math.Max(1, beamWidth);
    }

    internal struct Hyp
    {
        public int P3, P2, P1, Back, Cand;
        public float Score;
    }

    /// <summary>Working arrays of one thread, grown as needed and reused between sentences.</summary>
    internal sealed class Buffers
    {
        internal Hyp[] History = new Hyp[256];
        internal int[] Counts = new int[32];
        internal Hyp[] Next = new Hyp[64];
        internal int[] Histories = new int[16];
        internal int[] Contexts = new int[16];
        internal int[] Order = new int[16];
        internal int[] GroupOf = new int[16];
        internal int[] GroupStart = new int[16];
    }

    /// <summary>Chosen candidate index per slot, and the path's total score (log10).</summary>
    public (int[] Choice, float Score) Decode(IReadOnlyList<LatticeSlot> slots)
    {
        var array = slots.ToArray();
        var choice = new int[array.Length];
        var score = Decode(array, choice, new Buffers());
        return (choice, score);
    }

    internal float Decode(ReadOnlySpan<LatticeSlot> slots, Span<int> choice, Buffers buffers) =>
        _fast is not null
            ? Run(new ModelScorer(_fast), slots, choice, buffers)
            : Run(new AnyScorer(_model), slots, choice, buffers);

    private float Run<TScorer>(TScorer scorer, ReadOnlySpan<LatticeSlot> slots, Span<int> choice, Buffers buffers)
        where TScorer : struct, ITrigramScorer
    {
        if (slots.Length == 0) return 0f;
        var width = _beamWidth;
        if (buffers.History.Length < (slots.Length + 1) * width) buffers.History = new Hyp[(slots.Length + 1) * width * 2];
        if (buffers.Counts.Length < slots.Length + 1) buffers.Counts = new int[(slots.Length + 1) * 2];
        if (buffers.Histories.Length < width)
        {
            buffers.Histories = new int[width];
            buffers.Contexts = new int[width];
            buffers.Order = new int[width];
            buffers.GroupOf = new int[width];
            buffers.GroupStart = new int[width];
        }
        var history = buffers.History;
        var counts = buffers.Counts;
        var histories = buffers.Histories;
        var contexts = buffers.Contexts;
        var fourgram = _fourgram;
        var order = buffers.Order;
        var groupOf = buffers.GroupOf;
        var groupStart = buffers.GroupStart;

        // Row 0 is the start state; row i + 1 the beam after slot i, best first.
        const int start = SyllableLanguageModel.SentenceStart;
        history[0] = new Hyp { P3 = start, P2 = start, P1 = start, Back = -1, Cand = -1 };
        counts[0] = 1;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            var beamAt = i * width;
            var beamCount = counts[i];
            // Hypotheses ending in the same syllable (the same two with a 4-gram layer) recombine after any
            // candidate: group them (order[]), so each group yields one successor per candidate and shares
            // its lower-order look-up.
            var groups = 0;
            for (var h = 0; h < beamCount; h++)
            {
                ref readonly var hyp = ref history[beamAt + h];
                histories[h] = scorer.History(hyp.P2, hyp.P1);
                if (fourgram) contexts[h] = scorer.Context(hyp.P3, hyp.P2, hyp.P1);
                var at = 0;
                while (at < groups && !SameState(history[beamAt + groupStart[at]], hyp, fourgram)) at++;
                if (at == groups) groupStart[groups++] = h;
                order[h] = h;
                groupOf[h] = at;
            }
            SortByGroup(order, groupOf, groupStart, beamCount, groups);
            var candidates = slot.Count;
            if (buffers.Next.Length < candidates * groups) buffers.Next = new Hyp[candidates * groups * 2];
            var next = buffers.Next;
            var n = 0;
            for (var k = 0; k < candidates; k++)
            {
                var c = slot.Id(k);
                var channel = slot.Channel(k);
                if (slot.Case != CaseShape.Other && candidates > 1) channel += _caseWeight * scorer.Case(c, slot.Case);
                for (var g = 0; g < groups; g++)
                {
                    var from = groupStart[g];
                    var to = g + 1 < groups ? groupStart[g + 1] : beamCount;
                    var (top, back) = BestInGroup(scorer, history, beamAt, order.AsSpan(from, to - from), histories, contexts, fourgram, c);
                    ref readonly var winner = ref history[beamAt + back];
                    next[n++] = new Hyp { P3 = winner.P2, P2 = winner.P1, P1 = c, Back = back, Cand = k, Score = top + channel };
                }
            }
            counts[i + 1] = KeepBest(next, n, history.AsSpan((i + 1) * width, width), _threshold);
        }

        var last = slots.Length * width;
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var h = 0; h < counts[slots.Length]; h++)
        {
            ref readonly var hyp = ref history[last + h];
            var end = SyllableLanguageModel.SentenceEnd;
            var total = hyp.Score + (fourgram ? Score(scorer, hyp.P3, hyp.P2, hyp.P1, end) : Score(scorer, hyp.P2, hyp.P1, end));
            if (total > bestScore) (best, bestScore) = (h, total);
        }
        for (var i = slots.Length - 1; i >= 0; i--)
        {
            ref readonly var hyp = ref history[(i + 1) * width + best];
            choice[i] = hyp.Cand;
            best = hyp.Back;
        }
        return bestScore;
    }

    /// <summary>The best predecessor in one group for candidate <paramref name="c"/>: its total and its index.
    /// Members share their last syllable (trigram model: the bigram fallback is shared) or their last two
    /// (4-gram model: the trigram fallback is shared).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (float Top, int Back) BestInGroup<TScorer>(TScorer scorer, Hyp[] history, int beamAt, ReadOnlySpan<int> members,
        int[] histories, int[] contexts, bool fourgram, int c) where TScorer : struct, ITrigramScorer
    {
        var b = history[beamAt + members[0]].P1;
        var lower = float.NaN;
        var top = float.NegativeInfinity;
        var back = -1;
        foreach (var h in members)
        {
            ref readonly var hyp = ref history[beamAt + h];
            float lm;
            if (fourgram)
            {
                if (!scorer.TryFourgram(contexts[h], c, out lm))
                {
                    if (float.IsNaN(lower)) lower = Trigram(scorer, histories[h], hyp.P2, b, c);
                    lm = scorer.FourgramBackoff(contexts[h]) + lower;
                }
            }
            else if (!scorer.TryTrigram(histories[h], hyp.P2, b, c, out lm))
            {
                if (float.IsNaN(lower)) lower = scorer.Bigram(b, c);
                lm = scorer.Backoff(histories[h]) + lower;
            }
            var score = hyp.Score + lm;
            if (score > top) (top, back) = (score, h);
        }
        return (top, back);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameState(in Hyp x, in Hyp y, bool fourgram) => x.P1 == y.P1 && (!fourgram || x.P2 == y.P2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Trigram<TScorer>(TScorer scorer, int history, int a, int b, int c) where TScorer : struct, ITrigramScorer =>
        scorer.TryTrigram(history, a, b, c, out var score) ? score : scorer.Backoff(history) + scorer.Bigram(b, c);

    private static float Score<TScorer>(TScorer scorer, int a, int b, int c) where TScorer : struct, ITrigramScorer =>
        Trigram(scorer, scorer.History(a, b), a, b, c);

    private static float Score<TScorer>(TScorer scorer, int a, int b, int c, int d) where TScorer : struct, ITrigramScorer
    {
        var context = scorer.Context(a, b, c);
        return scorer.TryFourgram(context, d, out var score) ? score : scorer.FourgramBackoff(context) + Score(scorer, b, c, d);
    }

    /// <summary>Orders hypotheses by group (stable, so the best of each group comes first) and turns
    /// <paramref name="groupStart"/> from each group's first hypothesis into its offset in <paramref name="order"/>.</summary>
    private static void SortByGroup(int[] order, int[] groupOf, int[] groupStart, int count, int groups)
    {
        if (groups == count)
        {
            for (var g = 0; g < groups; g++) groupStart[g] = g;
            return;
        }
        Span<int> sizes = stackalloc int[groups];
        for (var h = 0; h < count; h++) sizes[groupOf[h]]++;
        var offset = 0;
        for (var g = 0; g < groups; g++)
        {
            groupStart[g] = offset;
            offset += sizes[g];
            sizes[g] = groupStart[g];
        }
        for (var h = 0; h < count; h++) order[sizes[groupOf[h]]++] = h;
    }

    /// <summary>Copies the best <c>into.Length</c> hypotheses, best first (insertion into a short sorted row).</summary>
    private static int KeepBest(Hyp[] next, int n, Span<Hyp> into, float threshold)
    {
        var kept = 0;
        for (var j = 0; j < n; j++)
        {
            var score = next[j].Score;
            if (kept == into.Length && score <= into[kept - 1].Score) continue;
            var at = kept == into.Length ? kept - 1 : kept++;
            while (at > 0 && into[at - 1].Score < score)
            {
                into[at] = into[at - 1];
                at--;
            }
            into[at] = next[j];
        }
        // Hypotheses far behind the best are dropped: they almost never come back, and each costs a look-up per candidate.
        var floor = into[0].Score - threshold;
        while (kept > 1 && into[kept - 1].Score < floor) kept--;
        return kept;
    }
}
