using Analytics.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>Top hits, total and facet counts of a <see cref="SyllableQuery"/> in one segment, in one walk.
/// Every match is counted; only a match whose best possible score beats the current last of the top hits
/// is scored in full (<see cref="SyllableQuery.SyllableScorer.ScoreAbove"/>), so the optional terms'
/// postings are read for a small part of a wide query's matches. Segments searched after others start from
/// the best of their bars (<see cref="SharedThreshold"/>). The hits are those Lucene's top-score
/// collector would keep: higher score first, the lower document on a tie.</summary>
internal static class SyllableTopHits
{
    public static TopDocs Collect(SyllableQuery.SyllableWeight weight, AtomicReaderContext leaf, Lucene.Net.Util.IBits? accepted, int top, FacetCollector? facets, SharedThreshold shared)
    {
        facets?.SetNextReader(leaf);
        var scorer = weight.Syllables(leaf, accepted);
        if (scorer is null) return new TopDocs(0, [], float.NaN);
        // The weakest kept hit on top: lowest score, and of equal scores the later document.
        var hits = new PriorityQueue<int, (float Score, int Doc)>(top + 1, Weakest.Instance);
        var threshold = float.NegativeInfinity;
        var total = 0;
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            total++;
            facets?.Collect(doc);
            // A document must beat this segment's last kept hit, and strictly beat the last kept hit of any
            // segment already searched (that segment holds `top` documents at least as good; on an equal
            // score the merge may prefer this one, so only a lower bound is dropped): BitDecrement turns
            // "strictly above the shared bar" into "above the bar".
            var bar = Math.Max(threshold, MathF.BitDecrement(shared.Value));
            var score = hits.Count < top && bar == float.NegativeInfinity ? scorer.GetScore() : scorer.ScoreAbove(bar);
            if (score <= bar) continue;
            if (hits.Count < top)
            {
                hits.Enqueue(doc, (score, doc));
                if (hits.Count == top) shared.Raise(threshold = Lowest(hits));
                continue;
            }
            // Documents come in order, so a later one with an equal score never displaces a kept hit.
            hits.DequeueEnqueue(doc, (score, doc));
            shared.Raise(threshold = Lowest(hits));
        }
        facets?.Flush();
        var scoreDocs = new ScoreDoc[hits.Count];
        for (var i = scoreDocs.Length - 1; i >= 0; i--)
        {
            hits.TryDequeue(out var hit, out var key);
            scoreDocs[i] = new ScoreDoc(hit + leaf.DocBase, key.Score);
        }
        return new TopDocs(total, scoreDocs, scoreDocs.Length == 0 ? float.NaN : scoreDocs[0].Score);
    }

    /// <summary>The highest last-kept score of the segments searched so far, shared by their threads.</summary>
    internal sealed class SharedThreshold
    {
        private float _value = float.NegativeInfinity;

        public float Value => Volatile.Read(ref _value);

        public void Raise(float value)
        {
            var current = Value;
            while (value > current)
            {
                var seen = Interlocked.CompareExchange(ref _value, value, current);
                if (seen == current) return;
                current = seen;
            }
        }
    }

    private static float Lowest(PriorityQueue<int, (float Score, int Doc)> hits) => hits.TryPeek(out _, out var key) ? key.Score : float.NegativeInfinity;

    private sealed class Weakest : IComparer<(float Score, int Doc)>
    {
        public static Weakest Instance { get; } = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
