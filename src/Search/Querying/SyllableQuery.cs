using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Analytics.Search.Querying;

/// <summary>Free text as one flat query: at least <see cref="MinimumRequired"/> of the required syllable
/// terms must match; optional terms (exact forms, bigrams) only add score. It matches and scores exactly as
/// the equivalent BooleanQuery without coord (required terms as MUST, or as SHOULD with a minimum, beside
/// SHOULD optional terms) — the BM25 sum of every matching term — but walks the postings itself: the rarest
/// required terms lead, the others are checked by skipping to the candidate, and optional terms are
/// advanced only when a score is asked for. Lucene's nested conjunction, minimum-should-match heap and
/// optional disjunction cost several times more per match on wide queries (benchmarks/RESULTS.md).</summary>
internal sealed class SyllableQuery : Query
{
    public SyllableQuery(IReadOnlyList<Term> required, int minimumRequired, IReadOnlyList<(Term Term, float Boost)> optional)
    {
        if (required.Count == 0) throw new ArgumentException("a syllable query needs a required term", nameof(required));
        Required = required;
        MinimumRequired = Math.Clamp(minimumRequired, 1, required.Count);
        Optional = optional;
    }

    public IReadOnlyList<Term> Required { get; }
    public int MinimumRequired { get; }
    public IReadOnlyList<(Term Term, float Boost)> Optional { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new SyllableWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in Required) terms.Add(term);
        foreach (var (term, _) in Optional) terms.Add(term);
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder("syllables(");
        text.AppendJoin(' ', Required.Select(t => t.Text));
        text.Append(" min ").Append(MinimumRequired);
        foreach (var (term, boost) in Optional) text.Append(" +").Append(term.Field).Append(':').Append(term.Text).Append('^').Append(boost);
        text.Append(')');
        if (Boost != 1f) text.Append('^').Append(Boost);
        return text.ToString();
    }

    public override bool Equals(object? obj) =>
        obj is SyllableQuery other && Boost == other.Boost && MinimumRequired == other.MinimumRequired &&
        Required.SequenceEqual(other.Required) && Optional.SequenceEqual(other.Optional);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(MinimumRequired);
        foreach (var term in Required) hash.Add(term);
        foreach (var optional in Optional) hash.Add(optional);
        return hash.ToHashCode();
    }

    /// <summary>One BM25 weight per term, computed against the whole index as a TermQuery's would be.</summary>
    private sealed class SyllableWeight : Weight
    {
        private readonly SyllableQuery _query;
        private readonly Similarity _similarity;
        private readonly TermContext[] _contexts;
        private readonly Similarity.SimWeight[] _weights;

        public SyllableWeight(SyllableQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var terms = query.Required.Concat(query.Optional.Select(o => o.Term)).ToArray();
            var boosts = query.Required.Select(_ => 1f).Concat(query.Optional.Select(o => o.Boost)).ToArray();
            _contexts = new TermContext[terms.Length];
            _weights = new Similarity.SimWeight[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                _contexts[i] = TermContext.Build(searcher.TopReaderContext, terms[i]);
                _weights[i] = _similarity.ComputeWeight(boosts[i], searcher.CollectionStatistics(terms[i].Field), searcher.TermStatistics(terms[i], _contexts[i]));
            }
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            var sum = _weights.Sum(w => w.GetValueForNormalization());
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var weight in _weights) weight.Normalize(norm, topLevelBoost * _query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var required = new List<TermCursor>();
            var optional = new List<TermCursor>();
            var terms = _query.Required.Concat(_query.Optional.Select(o => o.Term)).ToArray();
            for (var i = 0; i < terms.Length; i++)
            {
                var state = _contexts[i].Get(context.Ord);
                if (state is null) continue;
                var termsEnum = context.AtomicReader.GetTerms(terms[i].Field)!.GetEnumerator();
                termsEnum.SeekExact(terms[i].Bytes, state);
                var cursor = new TermCursor(termsEnum.Docs(acceptDocs, null), _similarity.GetSimScorer(_weights[i], context));
                (i < _query.Required.Count ? required : optional).Add(cursor);
            }
            if (required.Count < _query.MinimumRequired) return null;
            required.Sort((a, b) => a.Docs.GetCost().CompareTo(b.Docs.GetCost()));
            return new SyllableScorer(this, required, _query.MinimumRequired, optional);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"{_query.MinimumRequired} or more of {_query.Required.Count} syllables, sum of term scores");
            return new ComplexExplanation(false, 0f, "too few syllables match");
        }
    }

    /// <summary>A term's postings in one segment with its scorer.</summary>
    private sealed class TermCursor(DocsEnum docs, Similarity.SimScorer scorer)
    {
        public DocsEnum Docs { get; } = docs;
        public Similarity.SimScorer Scorer { get; } = scorer;

        public int Doc => Docs.DocID;

        public float ScoreAt(int doc) => Scorer.Score(doc, Docs.Freq);
    }

    /// <summary>The segment walk. The (count − minimum + 1) rarest required terms lead: a match has at least
    /// one of them, so candidates are their documents; the other required terms are advanced to each
    /// candidate only while the minimum is still reachable.</summary>
    private sealed class SyllableScorer : Scorer
    {
        private readonly TermCursor[] _leads;
        private readonly TermCursor[] _others;
        private readonly TermCursor[] _optional;
        private readonly int _minimum;
        private readonly bool _conjunction;
        private int _doc = -1;
        private int _matched;

        public SyllableScorer(Weight weight, List<TermCursor> required, int minimum, List<TermCursor> optional) : base(weight)
        {
            var leadCount = required.Count - minimum + 1;
            _leads = required.Take(leadCount).ToArray();
            _others = required.Skip(leadCount).ToArray();
            _optional = optional.ToArray();
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
                    if (matched >= _minimum) break;
                    if (matched + unchecked_ < _minimum) break;
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

        public override float GetScore()
        {
            var score = 0f;
            foreach (var lead in _leads)
                if (lead.Doc == _doc) score += lead.ScoreAt(_doc);
            foreach (var other in _others)
            {
                if (other.Doc < _doc) other.Docs.Advance(_doc);
                if (other.Doc == _doc) score += other.ScoreAt(_doc);
            }
            foreach (var optional in _optional)
            {
                if (optional.Doc < _doc) optional.Docs.Advance(_doc);
                if (optional.Doc == _doc) score += optional.ScoreAt(_doc);
            }
            return score;
        }
    }
}
