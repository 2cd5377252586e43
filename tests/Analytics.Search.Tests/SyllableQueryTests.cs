using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

/// <summary>The flat free-text query against the Boolean query it replaces, on a random index of several
/// segments with deletions: the same documents with the same scores, alone, under the kind filter and as a
/// clause beside a field (where Lucene skips it with Advance).</summary>
public sealed class SyllableQueryTests
{
    [Fact]
    public void Flat_query_matches_and_scores_as_the_boolean_query_it_replaces()
    {
        using var committed = new CommittedIndex(RandomPlans.Make(150, seed: 23).Chunk(50), "src7.docx", "src61.docx");
        var (reader, searcher) = (committed.Reader, committed.Searcher);
        Assert.True(reader.Leaves.Count > 1 && reader.HasDeletions);

        var syllables = RandomPlans.Phrases.SelectMany(p => p.Split(' ')).Append("xyzzy").Distinct().ToArray();
        var folder = VietnameseAnalyzers.Folded(shingles: false);
        var random = new Random(9);
        var compared = 0;
        for (var round = 0; round < 80; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => syllables[random.Next(syllables.Length)]).ToList();
            var folded = words.Select(w => VietnameseAnalyzers.Terms(folder, IndexFields.TextFolded, w).Single()).ToList();
            var required = folded.Select(f => new Term(IndexFields.TextFolded, f)).Where(t => reader.DocFreq(t) > 0).Distinct().ToList();
            if (required.Count == 0) continue;
            var minimum = random.Next(1, required.Count + 1);
            var optional = words.Select(w => new OptionalTerm(new Term(IndexFields.Text, w), 2.0f, []))
                .Concat(folded.Zip(folded.Skip(1), (a, b) => new OptionalTerm(new Term(IndexFields.TextFolded, a + " " + b), 1.5f, [])))
                .ToList();
            var flat = new SyllableQuery(required, minimum, optional);
            var boolean = BooleanForm(required, minimum, optional);

            AssertSame(searcher, flat, boolean, string.Join(' ', words) + " min " + minimum);
            AssertSame(searcher, new FilteredQuery(flat, KindFilter.Items), new FilteredQuery(boolean, KindFilter.Items), "items: " + string.Join(' ', words));
            var level = new TermQuery(new Term(IndexFields.Level, random.Next(2) == 0 ? "thcs" : "tieu-hoc"));
            AssertSame(searcher, new BooleanQuery { { flat, Occur.MUST }, { level, Occur.MUST } },
                new BooleanQuery { { boolean, Occur.MUST }, { level, Occur.MUST } }, "with level: " + string.Join(' ', words));
            compared++;
        }
        Assert.True(compared > 60);
    }

    [Fact]
    public void Phrase_on_bigram_postings_finds_the_documents_the_syllable_phrase_finds()
    {
        using var committed = new CommittedIndex([RandomPlans.Make(120, seed: 31)]);
        var (reader, searcher) = (committed.Reader, committed.Searcher);
        var folder = VietnameseAnalyzers.Folded(shingles: false);
        var random = new Random(4);
        var phrases = RandomPlans.Phrases.Select(p => p.Split(' ')).ToArray();
        var nonEmpty = 0;
        for (var round = 0; round < 60; round++)
        {
            // Spans of the vocabulary's phrases (which occur), and spans across two of them (which may).
            var words = phrases[random.Next(phrases.Length)].Concat(phrases[random.Next(phrases.Length)]).ToArray();
            var start = random.Next(words.Length - 1);
            var span = words[start..Math.Min(words.Length, start + random.Next(2, 6))];
            var text = string.Join(' ', span);
            var built = new LuceneQueryBuilder(reader).Build(PlanQueryParser.Parse("\"" + text + "\"").Value);
            Assert.True(built.IsSuccess, built.Error);
            var syllables = new PhraseQuery();
            foreach (var word in span) syllables.Add(new Term(IndexFields.TextFolded, VietnameseAnalyzers.Terms(folder, IndexFields.TextFolded, word).Single()));
            var expected = searcher.Search(syllables, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order().ToList();
            var actual = searcher.Search(built.Value, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"\"{text}\": {expected.Count} documents expected, {actual.Count} found");
            if (expected.Count > 0) nonEmpty++;
        }
        Assert.True(nonEmpty > 30);
    }

    [Fact]
    public void Top_hits_scored_only_when_they_can_compete_are_the_top_hits_of_a_full_scoring()
    {
        using var committed = new CommittedIndex(RandomPlans.Make(150, seed: 41).Chunk(75));
        var (reader, searcher) = (committed.Reader, committed.Searcher);
        var words = RandomPlans.Phrases.SelectMany(p => p.Split(' ')).Distinct().ToArray();
        var random = new Random(12);
        for (var round = 0; round < 60; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => words[random.Next(words.Length)]));
            if (random.Next(3) == 0) text = Ingest.Text.VietnameseFolding.Fold(text);
            var built = new LuceneQueryBuilder(reader).Build(PlanQueryParser.Parse(text).Value).Value;
            Assert.IsType<SyllableQuery>(built);
            foreach (var top in new[] { 1, 3, 10 })
            {
                var full = searcher.Search(new FilteredQuery(built, KindFilter.Items), top);
                var pruned = SegmentSearch.Run(searcher, built, KindFilter.Items, top, facets: null);
                Assert.Equal(full.TotalHits, pruned.TotalHits);
                Assert.Equal(full.ScoreDocs.Select(d => (d.Doc, d.Score)), pruned.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }
    }

    [Fact]
    public void Equal_scores_in_two_segments_keep_the_earlier_document_when_the_later_segment_is_walked_first()
    {
        // The same plans in a small first segment and, renamed, in a larger second one: every item of the
        // first has a twin with the same score in the second, which is walked first (largest first) and
        // sets the shared bar; the earlier twins must still win their ties, as in one full pass.
        var first = RandomPlans.Make(30, seed: 8);
        var second = first.Select(s => s with { Source = "twin-" + s.Source }).Concat(RandomPlans.Make(90, seed: 9).Select(s => s with { Source = "more-" + s.Source }));
        using var committed = new CommittedIndex([first, second]);
        var (reader, searcher) = (committed.Reader, committed.Searcher);
        Assert.Equal(2, reader.Leaves.Count);
        Assert.True(reader.Leaves[1].AtomicReader.MaxDoc > reader.Leaves[0].AtomicReader.MaxDoc);
        foreach (var text in new[] { "thư viện", "sân chơi", "phòng học bộ môn", "bếp ăn", "máy tính", "cây xanh" })
        {
            var built = new LuceneQueryBuilder(reader).Build(PlanQueryParser.Parse(text).Value).Value;
            foreach (var top in new[] { 1, 2, 5 })
            {
                var full = searcher.Search(new FilteredQuery(built, KindFilter.Items), top);
                var pruned = SegmentSearch.Run(searcher, built, KindFilter.Items, top, facets: null);
                Assert.Equal(full.ScoreDocs.Select(d => (d.Doc, d.Score)), pruned.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }
    }

    private static Query BooleanForm(IReadOnlyList<Term> required, int minimum, IEnumerable<OptionalTerm> optional)
    {
        var syllables = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = minimum };
        foreach (var term in required) syllables.Add(new TermQuery(term), Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true) { { syllables, Occur.MUST } };
        foreach (var term in optional) query.Add(new TermQuery(term.Term) { Boost = term.Boost }, Occur.SHOULD);
        return query;
    }

    private static void AssertSame(IndexSearcher searcher, Query flat, Query boolean, string label)
    {
        var expected = searcher.Search(boolean, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var actual = searcher.Search(flat, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()), $"{label}: {expected.Count} documents expected, {actual.Count} found");
        foreach (var (doc, score) in expected)
            Assert.True(Math.Abs(score - actual[doc]) <= 1e-4f * Math.Max(1f, score), $"{label}: document {doc} scored {actual[doc]}, expected {score}");
    }

    /// <summary>An in-memory index committed batch by batch (one segment per batch), the given sources then
    /// deleted, read back with the index's similarity.</summary>
    private sealed class CommittedIndex : IDisposable
    {
        private readonly PlanIndex _index;

        public CommittedIndex(IEnumerable<IEnumerable<Ingest.Store.StoredSource>> batches, params string[] deleted)
        {
            var directory = new RAMDirectory();
            _index = PlanIndex.Open(directory);
            foreach (var batch in batches)
            {
                foreach (var source in batch) _index.Put(source);
                _index.Commit();
            }
            foreach (var source in deleted) _index.Delete(source);
            if (deleted.Length > 0) _index.Commit();
            Reader = DirectoryReader.Open(directory);
            Searcher = new IndexSearcher(Reader) { Similarity = PlanIndex.Similarity };
        }

        public DirectoryReader Reader { get; }
        public IndexSearcher Searcher { get; }

        public void Dispose()
        {
            Reader.Dispose();
            _index.Dispose();
        }
    }
}
