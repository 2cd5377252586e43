using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Analytics.Search.Querying;

/// <summary>An optional term of a <see cref="SyllableQuery"/>: it adds score, never matches alone.
/// <see cref="BoundedBy"/> names required terms (by index) whose frequency in a document bounds this term's
/// — an exact syllable occurs at most as often as its folded form, a bigram at most as often as either of
/// its syllables — so a document's best possible score is known before this term's postings are read.
/// Empty when nothing bounds it.</summary>
internal sealed record OptionalTerm(Term Term, float Boost, IReadOnlyList<int> BoundedBy);

/// <summary>Free text as one flat query: at least <see cref="MinimumRequired"/> of the required syllable
/// terms must match; optional terms (exact forms, bigrams) only add score. It matches and scores exactly as
/// the equivalent BooleanQuery without coord (required terms as MUST, or as SHOULD with a minimum, beside
/// SHOULD optional terms) — the BM25 sum of every matching term — but walks the postings itself: the rarest
/// required terms lead, the others are checked by skipping to the candidate, and optional terms are
/// advanced only when a score is asked for, and (through <see cref="SyllableScorer.ScoreAbove"/>) only for
/// documents whose bound can still reach the top hits. Lucene's nested conjunction, minimum-should-match
/// heap and optional disjunction cost several times more per match on wide queries (benchmarks/RESULTS.md).</summary>
internal sealed class SyllableQuery : Query
{
    public SyllableQuery(IReadOnlyList<Term> required, int minimumRequired, IReadOnlyList<OptionalTerm> optional)
    {
        if (required.Count == 0) throw new ArgumentException("a syllable query needs a required term", nameof(required));
        if (optional.SelectMany(o => o.BoundedBy).Any(i => i < 0 || i >= required.Count))
            throw new ArgumentException("an optional term is bounded by a required term that does not exist", nameof(optional));
        Required = required;
        MinimumRequired = Math.Clamp(minimumRequired, 1, required.Count);
        Optional = optional;
    }

    public IReadOnlyList<Term> Required { get; }
    public int MinimumRequired { get; }
    public IReadOnlyList<OptionalTerm> Optional { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new SyllableWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in Required) terms.Add(term);
        foreach (var optional in Optional) terms.Add(optional.Term);
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder("syllables(");
        text.AppendJoin(' ', Required.Select(t => t.Text));
        text.Append(" min ").Append(MinimumRequired);
        foreach (var optional in Optional) text.Append(" +").Append(optional.Term.Field).Append(':').Append(optional.Term.Text).Append('^').Append(optional.Boost);
        text.Append(')');
        if (Boost != 1f) text.Append('^').Append(Boost);
        return text.ToString();
    }

    public override bool Equals(object? obj) =>
        obj is SyllableQuery other && Boost == other.Boost && MinimumRequired == other.MinimumRequired &&
        Required.SequenceEqual(other.Required) &&
        Optional.Select(o => (o.Term, o.Boost)).SequenceEqual(other.Optional.Select(o => (o.Term, o.Boost)));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(MinimumRequired);
        foreach (var term in Required) hash.Add(term);
        foreach (var optional in Optional) hash.Add((optional.Term, optional.Boost));
        return hash.ToHashCode();
    }

    /// <summary>BM25 statistics per term, against the whole index, as a TermQuery's weight would take them.</summary>
    internal sealed class SyllableWeight : Weight
    {
        private readonly SyllableQuery _query;
        private readonly Term[] _terms;
        private readonly float[] _boosts;
        private readonly TermContext[] _contexts;
        private readonly float[] _idfs;
        private readonly float[][] _lengthFactors;
        private float _topLevelBoost = 1f;

        public SyllableWeight(SyllableQuery query, IndexSearcher searcher)
        {
            _query = query;
            var similarity = searcher.Similarity as PlanSimilarity
                ?? throw new InvalidOperationException("the syllable query scores with the index's PlanSimilarity");
            _terms = query.Required.Concat(query.Optional.Select(o => o.Term)).ToArray();
            _boosts = query.Required.Select(_ => 1f).Concat(query.Optional.Select(o => o.Boost)).ToArray();
            _contexts = new TermContext[_terms.Length];
            _idfs = new float[_terms.Length];
            _lengthFactors = new float[_terms.Length][];
            // Collection statistics and length factors belong to a field: read once per field, not per term.
            var byField = new Dictionary<string, (CollectionStatistics Collection, float[] Factors)>(StringComparer.Ordinal);
            for (var i = 0; i < _terms.Length; i++)
            {
                var field = _terms[i].Field;
                if (!byField.TryGetValue(field, out var stats))
                {
                    var collection = searcher.CollectionStatistics(field);
                    byField[field] = stats = (collection, similarity.LengthFactors(collection));
                }
                _contexts[i] = TermContext.Build(searcher.TopReaderContext, _terms[i]);
                _idfs[i] = similarity.TermIdf(stats.Collection, searcher.TermStatistics(_terms[i], _contexts[i]));
                _lengthFactors[i] = stats.Factors;
            }
            K1 = similarity.K1;
        }

        private float K1 { get; }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            var sum = 0f;
            for (var i = 0; i < _terms.Length; i++)
            {
                var value = _idfs[i] * _boosts[i];
                sum += value * value;
            }
            return sum * _query.Boost * _query.Boost;
        }

        // BM25 ignores the query norm; only the boost from enclosing queries counts.
        public override void Normalize(float norm, float topLevelBoost) => _topLevelBoost = topLevelBoost * _query.Boost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) => Syllables(context, acceptDocs);

        /// <summary>The segment's scorer, or null when too few required terms occur in the segment.</summary>
        public SyllableScorer? Syllables(AtomicReaderContext context, IBits? acceptDocs)
        {
            var cursors = new TermCursor?[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                var state = _contexts[i].Get(context.Ord);
                if (state is null) continue;
                var termsEnum = context.AtomicReader.GetTerms(_terms[i].Field)!.GetEnumerator();
                termsEnum.SeekExact(_terms[i].Bytes, state);
                var weight = _idfs[i] * _boosts[i] * _topLevelBoost * (K1 + 1);
                cursors[i] = new TermCursor(termsEnum.Docs(acceptDocs, null), weight, _lengthFactors[i], SegmentNorms.For(context.AtomicReader, _terms[i].Field), K1);
            }
            var required = cursors.Take(_query.Required.Count).ToArray();
            if (required.Count(c => c is not null) < _query.MinimumRequired) return null;
            var optional = _query.Optional
                .Select((o, i) => (Cursor: cursors[_query.Required.Count + i], Bounds: o.BoundedBy.Select(b => required[b]).ToArray()))
                .Where(o => o.Cursor is not null)
                .Select(o => new OptionalCursor(o.Cursor!, o.Bounds))
                .ToArray();
            return new SyllableScorer(this, required.OfType<TermCursor>().ToList(), _query.MinimumRequired, optional);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = Syllables(context, context.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"{_query.MinimumRequired} or more of {_query.Required.Count} syllables, sum of BM25 term scores");
            return new ComplexExplanation(false, 0f, "too few syllables match");
        }
    }

    /// <summary>A term's postings in one segment and its BM25 score there.</summary>
    internal sealed class TermCursor(DocsEnum docs, float weight, float[] lengthFactors, byte[]? norms, float k1)
    {
        public DocsEnum Docs { get; } = docs;

        /// <summary>idf · boost · (k1 + 1): the most the term can score anywhere.</summary>
        public float Weight => weight;

        public int Doc => Docs.DocID;

        /// <summary>The length part of the formula for the document.</summary>
        public float LengthFactor(int doc) => norms is null ? k1 : lengthFactors[norms[doc]];

        public float ScoreAt(int doc)
        {
            var freq = (float)Docs.Freq;
            return weight * freq / (freq + LengthFactor(doc));
        }

        /// <summary>The most this term can score in the document if it occurs at most <paramref name="freq"/>
        /// times (any number when null).</summary>
        public float BoundAt(int doc, int? freq) => freq is { } f ? weight * f / (f + LengthFactor(doc)) : weight;
    }

    /// <summary>An optional term's cursor with the required cursors that bound its frequency.</summary>
    internal sealed record OptionalCursor(TermCursor Cursor, TermCursor?[] Bounds);

    /// <summary>The segment walk. The (count − minimum + 1) rarest required terms lead: a match has at least
    /// one of them, so candidates are their documents; the other required terms are advanced to each
    /// candidate only while the minimum is still reachable.</summary>
    internal sealed class SyllableScorer : Scorer
    {
        // Rounding slack on a bound: a pruned document must be certain to score no more than the threshold.
        private const float BoundSlack = 1.0001f;
        private readonly TermCursor[] _leads;
        private readonly TermCursor[] _others;
        private readonly OptionalCursor[] _optional;
        private readonly int[] _heaviestFirst;
        private readonly float[] _bounds;
        private readonly int _minimum;
        private readonly bool _conjunction;
        private int _doc = -1;
        private int _matched;

        public SyllableScorer(Weight weight, List<TermCursor> required, int minimum, OptionalCursor[] optional) : base(weight)
        {
            required.Sort((a, b) => a.Docs.GetCost().CompareTo(b.Docs.GetCost()));
            var leadCount = required.Count - minimum + 1;
            _leads = required.Take(leadCount).ToArray();
            _others = required.Skip(leadCount).ToArray();
            _optional = optional;
            _heaviestFirst = Enumerable.Range(0, optional.Length).OrderByDescending(i => optional[i].Cursor.Weight).ToArray();
            _bounds = new float[optional.Length];
            _minimum = minimum;
            _conjunction = leadCount == 1;
        }

        public override int DocID => _doc;

        public override int Freq => _matched;

        public override long GetCost() => _leads.Sum(l => l.Docs.GetCost());

        public override int NextDoc()
        {
            foreach (var lead in _leads)
                if (lead.Doc == _doc) lead.Docs.NextDoc();
            return Match();
        }

        public override int Advance(int target)
        {
            foreach (var lead in _leads)
                if (lead.Doc < target) lead.Docs.Advance(target);
            return Match();
        }

        /// <summary>The first match at or after the leads' current documents.</summary>
        private int Match()
        {
            while (true)
            {
                var candidate = DocIdSetIterator.NO_MORE_DOCS;
                foreach (var lead in _leads) candidate = Math.Min(candidate, lead.Doc);
                if (candidate == DocIdSetIterator.NO_MORE_DOCS) return _doc = candidate;

                var matched = 0;
                foreach (var lead in _leads)
                    if (lead.Doc == candidate) matched++;
                var unchecked_ = _others.Length;
                var next = candidate + 1;
                foreach (var other in _others)
                {
                    if (matched >= _minimum || matched + unchecked_ < _minimum) break;
                    unchecked_--;
                    var doc = other.Doc < candidate ? other.Docs.Advance(candidate) : other.Doc;
                    if (doc == candidate) matched++;
                    else if (_conjunction) next = Math.Max(next, doc);
                }
                if (matched >= _minimum)
                {
                    _matched = matched;
                    return _doc = candidate;
                }
                // No match here: in a conjunction the lead may leap to where the missing term is next.
                if (next == DocIdSetIterator.NO_MORE_DOCS) return _doc = next;
                foreach (var lead in _leads)
                    if (lead.Doc < next) lead.Docs.Advance(next);
            }
        }

        public override float GetScore() => RequiredScore() + OptionalScore();

        /// <summary>The document's score when it can exceed <paramref name="threshold"/>; otherwise
        /// negative infinity, decided as early as the bounds allow: from the required terms and every
        /// optional term's bound, then reading the optional postings heaviest term first, each read replacing
        /// a bound with the term's real score. A score returned is exactly <see cref="GetScore"/>'s.</summary>
        public float ScoreAbove(float threshold)
        {
            var required = RequiredScore();
            var remaining = 0f;
            for (var i = 0; i < _optional.Length; i++) remaining += _bounds[i] = Bound(_optional[i]);
            if ((required + remaining) * BoundSlack <= threshold) return float.NegativeInfinity;
            var read = 0f;
            foreach (var i in _heaviestFirst)
            {
                var cursor = _optional[i].Cursor;
                remaining -= _bounds[i];
                if (_bounds[i] == 0f) continue;
                if (cursor.Doc < _doc) cursor.Docs.Advance(_doc);
                if (cursor.Doc == _doc) read += cursor.ScoreAt(_doc);
                if ((required + read + Math.Max(0f, remaining)) * BoundSlack <= threshold) return float.NegativeInfinity;
            }
            // The same sum, in the order GetScore adds it, so equal documents get equal scores.
            return required + OptionalScore();
        }

        private float RequiredScore()
        {
            var score = 0f;
            foreach (var lead in _leads)
                if (lead.Doc == _doc) score += lead.ScoreAt(_doc);
            foreach (var other in _others)
            {
                if (other.Doc < _doc) other.Docs.Advance(_doc);
                if (other.Doc == _doc) score += other.ScoreAt(_doc);
            }
            return score;
        }

        private float OptionalScore()
        {
            var score = 0f;
            foreach (var optional in _optional)
            {
                var cursor = optional.Cursor;
                if (cursor.Doc < _doc) cursor.Docs.Advance(_doc);
                if (cursor.Doc == _doc) score += cursor.ScoreAt(_doc);
            }
            return score;
        }

        /// <summary>The optional term's best possible score here, from its bounding terms' frequencies
        /// (which <see cref="RequiredScore"/> has positioned).</summary>
        private float Bound(OptionalCursor optional)
        {
            if (optional.Bounds.Length == 0) return optional.Cursor.BoundAt(_doc, null);
            var freq = int.MaxValue;
            foreach (var bound in optional.Bounds)
            {
                if (bound is null || bound.Doc != _doc) return 0f;
                freq = Math.Min(freq, bound.Docs.Freq);
            }
            return optional.Cursor.BoundAt(_doc, freq);
        }
    }
}
