using System.Globalization;
using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Analytics.Search.Querying;

/// <summary>Turns a parsed query into a Lucene query against one reader. Free text: each syllable must
/// match its folded form (most syllables, when there are many); exact-accent matches and adjacent-syllable
/// bigrams add score, so "thư viện" ranks "thư viện" above "thủ viên" and whole words above scattered
/// syllables. An unaccented query is taken as accent-blind and scores folded forms only. A syllable the
/// index has never seen is looked for with one or two typing errors, or as two run-together syllables.</summary>
internal sealed class LuceneQueryBuilder
{
    private const float ExactBoost = 2.0f;
    private const float ShingleBoost = 1.5f;
    private const float FuzzyBoost = 0.4f;

    private readonly IndexReader _reader;
    private readonly Analyzer _exact = VietnameseAnalyzers.Exact(shingles: false);
    private readonly Analyzer _folded = VietnameseAnalyzers.Folded(shingles: false);
    /// <summary>Whether the node being built is excluded (under an odd number of NOTs): its words are not
    /// what the query looks for, so snippets must not mark them.</summary>
    private bool _excluded;

    public LuceneQueryBuilder(IndexReader reader) => _reader = reader;

    public HighlightTerms Highlights { get; } = new();

    public Ingest.Result<Query> Build(QueryNode node)
    {
        try
        {
            return Node(node);
        }
        catch (InvalidQueryValueException e)
        {
            return Ingest.Result<Query>.Failure(e.Message);
        }
    }

    private Query Node(QueryNode node) => node switch
    {
        TextNode text => FreeText(text.Text, IndexFields.Text, IndexFields.TextFolded, highlight: !_excluded),
        PhraseNode phrase => Phrase(phrase.Text, IndexFields.Text, IndexFields.TextFolded, highlight: !_excluded),
        FieldNode field => Field(field),
        RangeNode range => Range(range),
        AndNode and => And(and.Children),
        OrNode or => Or(or.Children),
        NotNode not => And([not]),
        AllNode => new MatchAllDocsQuery(),
        _ => throw new InvalidOperationException("unknown query node " + node.GetType().Name),
    };

    private Query And(IReadOnlyList<QueryNode> children)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is NotNode not) query.Add(Excluded(not.Child), Occur.MUST_NOT);
            else
            {
                query.Add(Node(child), Occur.MUST);
                positives++;
            }
        }
        if (positives == 0) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private Query Excluded(QueryNode node)
    {
        _excluded = !_excluded;
        try
        {
            return Node(node);
        }
        finally
        {
            _excluded = !_excluded;
        }
    }

    private Query Or(IReadOnlyList<QueryNode> children)
    {
        var query = new BooleanQuery();
        foreach (var child in children) query.Add(child is NotNode ? And([child]) : Node(child), Occur.SHOULD);
        return query;
    }

    private Query FreeText(string text, string exactField, string foldedField, bool highlight)
    {
        var exact = VietnameseAnalyzers.Terms(_exact, exactField, text);
        var folded = VietnameseAnalyzers.Terms(_folded, foldedField, text);
        if (folded.Count == 0) throw new InvalidQueryValueException($"'{text}' has no searchable word");
        var accented = exact.Where((t, i) => t != folded[i]).Any();

        var clauses = new List<Query>(folded.Count);
        var matchable = new bool[folded.Count];
        var required = 0;
        if (highlight) Highlights.BeginUnit(phrase: false);
        for (var i = 0; i < folded.Count; i++)
        {
            clauses.Add(Syllable(foldedField, folded[i], highlight, out matchable[i], out var slot));
            if (matchable[i]) required++;
            if (accented && highlight) Highlights.Terms.Add((exactField, exact[i], slot));
        }
        if (highlight) Highlights.EndUnit();
        var minimum = Math.Max(1, required <= 2 ? required : required - required / 4);

        // Plain syllable terms (the usual case) go to the flat query; a typo or run-together syllable makes
        // a fuzzy or phrase clause, which the general Boolean form handles. Syllables the index lacks are
        // left out (they match nothing); so are the exact forms and bigrams that contain them.
        var requiredIndex = new int[folded.Count];
        var terms = new List<Term>();
        for (var i = 0; i < folded.Count; i++)
        {
            requiredIndex[i] = -1;
            // A term clause is in the index exactly when Syllable found it matchable (else it is a placeholder).
            if (clauses[i] is not TermQuery term || !matchable[i]) continue;
            requiredIndex[i] = terms.Count;
            terms.Add(term.Term);
        }
        // The exact form only adds score: a document with the exact syllable always has its folded form
        // too, so the syllable matches through its folded clause either way.
        var optional = new List<OptionalTerm>();
        if (accented)
            for (var i = 0; i < folded.Count; i++)
                optional.Add(new OptionalTerm(new Term(exactField, exact[i]), ExactBoost, Bounds(requiredIndex[i])));
        for (var i = 0; i + 1 < folded.Count; i++)
            optional.Add(new OptionalTerm(new Term(foldedField, folded[i] + VietnameseAnalyzers.ShingleSeparator + folded[i + 1]), ShingleBoost, Bounds(requiredIndex[i], requiredIndex[i + 1])));
        if (clauses.All(c => c is TermQuery) && terms.Count > 0) return new SyllableQuery(terms, minimum, optional);

        var query = new BooleanQuery(disableCoord: true);
        if (minimum == clauses.Count)
        {
            // Every syllable needed: a flat conjunction (the same score, coord being off) lets Lucene
            // leap-frog through the rarest syllable instead of evaluating a minimum-should-match heap.
            foreach (var clause in clauses) query.Add(clause, Occur.MUST);
        }
        else
        {
            var syllables = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = minimum };
            foreach (var clause in clauses) syllables.Add(clause, Occur.SHOULD);
            query.Add(syllables, Occur.MUST);
        }
        foreach (var term in optional) query.Add(Boosted(new TermQuery(term.Term), term.Boost), Occur.SHOULD);
        return query;
    }

    /// <summary>The required terms that bound an optional term's frequency; none when one of them is not in
    /// the index (then the optional term is not either, and bounding by nothing is merely loose).</summary>
    private static int[] Bounds(params int[] requiredIndexes) => requiredIndexes.Any(i => i < 0) ? [] : requiredIndexes;

    /// <summary>The clause of one typed syllable; <paramref name="slot"/> is its highlight slot (the first of
    /// two when it is split: "thuvien" stands for two adjacent syllables of the query).</summary>
    private Query Syllable(string foldedField, string folded, bool highlight, out bool matchable, out int slot)
    {
        var foldedTerm = new Term(foldedField, folded);
        matchable = true;
        slot = highlight ? Highlights.NextSlot() : HighlightTerms.NoSlot;
        if (_reader.DocFreq(foldedTerm) > 0)
        {
            if (highlight) Highlights.Terms.Add((foldedField, folded, slot));
            return new TermQuery(foldedTerm);
        }
        if (SplitInTwo(foldedField, folded) is { } split)
        {
            if (highlight)
            {
                Highlights.Terms.Add((foldedField, split.Left, slot));
                Highlights.Terms.Add((foldedField, split.Right, Highlights.NextSlot()));
            }
            return new PhraseQuery { new Term(foldedField, split.Left), new Term(foldedField, split.Right) };
        }
        if (folded.Length >= 3 && !folded.All(char.IsDigit))
        {
            var fuzzy = new FuzzyQuery(foldedTerm, folded.Length >= 6 ? 2 : 1, prefixLength: 0, maxExpansions: 20, transpositions: true);
            if (highlight) Highlights.Fuzzy.Add((fuzzy, slot));
            return Boosted(fuzzy, FuzzyBoost);
        }
        // Nothing can match this syllable: keep it as a clause but do not require it.
        matchable = false;
        return new TermQuery(foldedTerm);
    }

    /// <summary>"thuvien" → "thu" + "vien" when the index holds that bigram.</summary>
    private (string Left, string Right)? SplitInTwo(string foldedField, string folded)
    {
        for (var cut = 1; cut < folded.Length; cut++)
        {
            var left = folded[..cut];
            var right = folded[cut..];
            if (_reader.DocFreq(new Term(foldedField, left + VietnameseAnalyzers.ShingleSeparator + right)) > 0) return (left, right);
        }
        return null;
    }

    private Query Phrase(string text, string exactField, string foldedField, bool highlight)
    {
        var folded = VietnameseAnalyzers.Terms(_folded, foldedField, text);
        var exact = VietnameseAnalyzers.Terms(_exact, exactField, text);
        if (folded.Count == 0) throw new InvalidQueryValueException($"\"{text}\" has no searchable word");
        var accented = exact.Where((t, i) => t != folded[i]).Any();
        var query = new BooleanQuery(disableCoord: true) { { FoldedPhrase(foldedField, folded), Occur.MUST } };
        // Accents rank a phrase's exact writing first, syllable by syllable: the folded phrase already holds
        // the syllables in order, so an exact phrase (positions on four long postings) would add little.
        if (accented)
            foreach (var term in exact.Distinct()) query.Add(Boosted(new TermQuery(new Term(exactField, term)), ExactBoost), Occur.SHOULD);
        if (highlight)
        {
            Highlights.BeginUnit(phrase: true);
            for (var i = 0; i < folded.Count; i++)
            {
                var slot = Highlights.NextSlot();
                Highlights.Terms.Add((foldedField, folded[i], slot));
                if (accented) Highlights.Terms.Add((exactField, exact[i], slot));
            }
            Highlights.EndUnit();
        }
        return query;
    }

    /// <summary>A folded phrase. The main text's folded field holds every adjacent syllable pair as one
    /// term at the first syllable's position, so the phrase is read on those bigrams — far shorter postings
    /// than its syllables' — with every syllable covered: "a b" is the bigram alone, "a b c d" the bigrams at
    /// 0 and 2, "a b c" those at 0 and 1. Other fields (funding) keep the syllable phrase.</summary>
    private static Query FoldedPhrase(string field, IReadOnlyList<string> terms)
    {
        if (field != IndexFields.TextFolded || terms.Count < 2) return PhraseOf(field, terms);
        string Bigram(int i) => terms[i] + VietnameseAnalyzers.ShingleSeparator + terms[i + 1];
        if (terms.Count == 2) return new TermQuery(new Term(field, Bigram(0)));
        var phrase = new PhraseQuery();
        for (var i = 0; i + 1 < terms.Count; i += 2) phrase.Add(new Term(field, Bigram(i)), i);
        if (terms.Count % 2 == 1) phrase.Add(new Term(field, Bigram(terms.Count - 2)), terms.Count - 2);
        return phrase;
    }

    private static Query PhraseOf(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var phrase = new PhraseQuery();
        foreach (var term in terms) phrase.Add(new Term(field, term));
        return phrase;
    }

    private Query Field(FieldNode node) => node.Field switch
    {
        "criterion" => new TermQuery(new Term(IndexFields.Criterion, CriterionValue(node.Value))),
        "standard" => new TermQuery(new Term(IndexFields.Standard, Integer(node.Field, node.Value).ToString(CultureInfo.InvariantCulture))),
        "year" => new TermQuery(new Term(IndexFields.Year, Integer(node.Field, node.Value).ToString(CultureInfo.InvariantCulture))),
        "level" => new TermQuery(new Term(IndexFields.Level, KeyNormalizer.Key(node.Value))),
        "province" => new TermQuery(new Term(IndexFields.Province, KeyNormalizer.Key(node.Value))),
        "district" => new TermQuery(new Term(IndexFields.District, KeyNormalizer.Key(node.Value))),
        "gap" => new TermQuery(new Term(IndexFields.Gap, GapValue.Code(node.Value))),
        "funding" => Phrase(node.Value, IndexFields.Funding, IndexFields.FundingFolded, highlight: false),
        "budget" => Budget(node.Value, node.Value, true, true),
        _ => throw new InvalidQueryValueException($"unknown field '{node.Field}'"),
    };

    private Query Range(RangeNode node) => node.Field switch
    {
        "budget" => Budget(node.Lower, node.Upper, node.IncludeLower, node.IncludeUpper),
        "year" => NumericRangeQuery.NewInt32Range(IndexFields.YearNumber, IndexFields.SmallNumberPrecisionStep, IntOrNull(node.Field, node.Lower), IntOrNull(node.Field, node.Upper), node.IncludeLower, node.IncludeUpper),
        "standard" => NumericRangeQuery.NewInt32Range(IndexFields.StandardNumber, IndexFields.SmallNumberPrecisionStep, IntOrNull(node.Field, node.Lower), IntOrNull(node.Field, node.Upper), node.IncludeLower, node.IncludeUpper),
        _ => throw new InvalidQueryValueException($"no ranges on '{node.Field}'"),
    };

    private static Query Budget(string? lower, string? upper, bool includeLower, bool includeUpper) =>
        NumericRangeQuery.NewInt64Range(IndexFields.Budget, IndexFields.BudgetPrecisionStep, Money(lower), Money(upper), includeLower, includeUpper);

    private static long? Money(string? value)
    {
        if (value is null) return null;
        return MoneyValue.Parse(value) ?? throw new InvalidQueryValueException($"budget '{value}' is not an amount (write 1000000000, 1.000.000.000, 1tỷ or 500triệu)");
    }

    private static int? IntOrNull(string field, string? value) => value is null ? null : Integer(field, value);

    private static int Integer(string field, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidQueryValueException($"{field} '{value}' is not a whole number");

    private static string CriterionValue(string value)
    {
        var trimmed = value.Trim().Replace(',', '.');
        return trimmed.Length > 0 && trimmed.All(c => char.IsDigit(c) || c == '.')
            ? trimmed
            : throw new InvalidQueryValueException($"criterion '{value}' should look like 3.6");
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    internal sealed class InvalidQueryValueException(string message) : Exception("Query error: " + message + ".");
}
