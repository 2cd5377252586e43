using Analytics.Search.Analysis;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Analytics.Search.Snippets;
using Analytics.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Analytics.Search.Tests;

/// <summary>The index keeps no offsets in postings; snippets find matches by analysing the stored text of the
/// hits again. For every judged query of both relevance sets, the tokens the snippet builder finds in the top
/// hits must be the spans Lucene highlighters would read: offsets from the postings of a reference index of
/// the same stored texts, written by the same analyzers with offsets, for the same highlighted terms (fuzzy
/// expansions included). The marks are a selection among those spans (<see cref="MarkSelection"/>, tested on
/// its own in <see cref="SnippetMarkSelectionTests"/>): never a span postings do not give, and never nothing
/// when a query without phrases found something.</summary>
public sealed class SnippetEquivalenceTests
{
    private const int Top = 20;
    private const int Length = 160;
    private static readonly string Judged = Path.Combine(AppContext.BaseDirectory, "Judged");

    public static TheoryData<string> Sets => new() { "corpus", "hand" };

    /// <summary>Syllables typed together with a slip: no bigram matches them exactly, so the fuzzy search
    /// expands them, bigrams of the folded field included ("thuvienn" → "thu vien").</summary>
    private static readonly string[] RunTogether = ["thuvienn", "phonghocc", "maytinhh", "nhavesinhh", "sanchoii", "caybongmat"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Matches_in_the_stored_text_equal_offsets_in_postings_and_marks_are_chosen_among_them(string set)
    {
        var (queries, folder) = set == "corpus"
            ? (Path.Combine(Judged, "corpus-queries.tsv"), RepoPaths.Corpus)
            : (Path.Combine(Judged, "queries.tsv"), Judged);
        var judged = JudgedSet.Read(queries);
        var directory = new RAMDirectory();
        using var index = PlanIndex.Open(directory, new PlanIndexOptions { IndexingThreads = 1 });
        index.Sync(ExpectedRecords.Sources(folder, judged.Files));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = PlanIndex.Similarity };
        using var reference = new ReferenceIndex(reader);

        var compared = 0;
        var marked = 0;
        var bigramMarks = 0;
        var narrowed = 0;
        foreach (var query in judged.Queries.Select(q => q.Query).Concat(RunTogether))
        {
            var builder = new LuceneQueryBuilder(reader);
            var built = builder.Build(PlanQueryParser.Parse(query).Value!);
            Assert.True(built.IsSuccess, built.Error);
            var hits = searcher.Search(built.Value!, Top).ScoreDocs
                .Select(sd => (sd.Doc, Stored: searcher.Doc(sd.Doc)))
                .Select(h => (h.Doc, Id: h.Stored.Get(IndexFields.Id), Text: h.Stored.Get(IndexFields.Text) ?? ""))
                .ToList();
            var snippets = new SnippetBuilder(searcher, builder.Highlights);
            var actual = snippets.For(hits.Select(h => (h.Doc, h.Text)).ToList(), Length);
            var slots = new HighlightSlots(searcher, builder.Highlights);
            var phrases = builder.Highlights.Units.Any(u => u.Phrase);
            var terms = HighlightedTerms(searcher, builder.Highlights);
            for (var i = 0; i < hits.Count; i++)
            {
                var where = $"'{query}', {hits[i].Id}";
                var postings = reference.Offsets(hits[i].Id, terms).Distinct().Order().ToList();
                var matches = snippets.Matches(hits[i].Text);
                Assert.Equal(postings, matches.Select(m => (m.Start, m.End)).Distinct().Order().ToList());

                var chosen = MarkSelection.Select(matches, slots);
                var starts = postings.Select(p => p.Start).ToHashSet();
                var ends = postings.Select(p => p.End).ToHashSet();
                Assert.All(chosen, c => Assert.True(starts.Contains(c.Start) && ends.Contains(c.End), $"{where}: mark {c} is no run of matched tokens"));
                if (!phrases) Assert.True(chosen.Count > 0 == postings.Count > 0, $"{where}: {chosen.Count} marks chosen among {postings.Count} matches");
                var expected = SnippetWindow.Of(hits[i].Text, chosen, Length);
                Assert.True(expected.Render() == actual[i].Render(), $"{where}:\nexpected {expected.Render()}\nactual   {actual[i].Render()}");
                Assert.Equal(expected.Marks, actual[i].Marks);
                compared++;
                if (expected.Marks.Count > 0) marked++;
                if (Covered(chosen.Select(c => (c.Start, c.End))) < Covered(postings)) narrowed++;
                bigramMarks += terms.Count(t => t.Field == IndexFields.TextFolded && t.Term.Contains(' ')) > 0 && expected.Marks.Count > 0 ? 1 : 0;
            }
        }
        Assert.True(compared >= 200, $"only {compared} snippets compared");
        Assert.True(marked >= compared / 2, $"only {marked} of {compared} snippets mark anything");
        Assert.True(bigramMarks > 0, "no snippet was marked for a query highlighting bigrams");
        Assert.True(narrowed > 0, "no snippet left a lone syllable of a query word unmarked");
    }

    /// <summary>How many characters the spans cover.</summary>
    private static int Covered(IEnumerable<(int Start, int End)> spans) =>
        spans.SelectMany(s => Enumerable.Range(s.Start, s.End - s.Start)).Distinct().Count();

    /// <summary>The terms a query highlights, per field, with fuzzy queries expanded on the index.</summary>
    private static List<(string Field, string Term)> HighlightedTerms(IndexSearcher searcher, HighlightTerms highlights)
    {
        var terms = highlights.Terms.Select(t => (t.Field, t.Term)).ToList();
        foreach (var (fuzzy, _) in highlights.Fuzzy)
        {
            var set = new HashSet<Term>();
            searcher.Rewrite(fuzzy).ExtractTerms(set);
            terms.AddRange(set.Select(t => (t.Field, t.Text)));
        }
        return terms.Distinct().ToList();
    }

    /// <summary>The stored texts of an index written again, exact and folded fields with offsets in postings,
    /// by the analyzers the index is written with; documents found by id.</summary>
    private sealed class ReferenceIndex : IDisposable
    {
        private readonly RAMDirectory _directory = new();
        private readonly DirectoryReader _reader;

        public ReferenceIndex(IndexReader source)
        {
            var withOffsets = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            withOffsets.Freeze();
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzers.Version, IndexAnalyzer.Create())))
            {
                var live = MultiFields.GetLiveDocs(source);
                for (var doc = 0; doc < source.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var stored = source.Document(doc);
                    var text = stored.Get(IndexFields.Text) ?? "";
                    writer.AddDocument(new Document
                    {
                        new StringField(IndexFields.Id, stored.Get(IndexFields.Id), Field.Store.NO),
                        new Field(IndexFields.Text, text, withOffsets),
                        new Field(IndexFields.TextFolded, text, withOffsets),
                    });
                }
            }
            _reader = DirectoryReader.Open(_directory);
        }

        /// <summary>Start and end offsets of every occurrence of the terms in one document, read from postings.</summary>
        public List<(int Start, int End)> Offsets(string id, IEnumerable<(string Field, string Term)> terms)
        {
            var spans = new List<(int Start, int End)>();
            var doc = new IndexSearcher(_reader).Search(new TermQuery(new Term(IndexFields.Id, id)), 2).ScoreDocs.Single().Doc;
            foreach (var (field, term) in terms)
            {
                var postings = MultiFields.GetTermPositionsEnum(_reader, MultiFields.GetLiveDocs(_reader), field, new BytesRef(term), DocsAndPositionsFlags.OFFSETS);
                if (postings is null || postings.Advance(doc) != doc) continue;
                for (var i = 0; i < postings.Freq; i++)
                {
                    postings.NextPosition();
                    spans.Add((postings.StartOffset, postings.EndOffset));
                }
            }
            return spans;
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }
    }
}
