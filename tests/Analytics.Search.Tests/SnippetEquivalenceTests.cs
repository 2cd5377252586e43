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

/// <summary>The index keeps no offsets in postings; snippets mark matches by analysing the stored text of the
/// hits again. For every judged query of both relevance sets, the snippets of the top hits must equal those
/// built the way Lucene highlighters read offsets: from the postings of a reference index of the same stored
/// texts, written by the same analyzers with offsets, for the same highlighted terms (fuzzy expansions
/// included).</summary>
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
    public void Snippets_from_the_stored_text_equal_snippets_from_offsets_in_postings(string set)
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
        foreach (var query in judged.Queries.Select(q => q.Query).Concat(RunTogether))
        {
            var builder = new LuceneQueryBuilder(reader);
            var built = builder.Build(PlanQueryParser.Parse(query).Value!);
            Assert.True(built.IsSuccess, built.Error);
            var hits = searcher.Search(built.Value!, Top).ScoreDocs
                .Select(sd => (sd.Doc, Stored: searcher.Doc(sd.Doc)))
                .Select(h => (h.Doc, Id: h.Stored.Get(IndexFields.Id), Text: h.Stored.Get(IndexFields.Text) ?? ""))
                .ToList();
            var actual = new SnippetBuilder(searcher, builder.Highlights).For(hits.Select(h => (h.Doc, h.Text)).ToList(), Length);
            var terms = HighlightedTerms(searcher, builder.Highlights);
            for (var i = 0; i < hits.Count; i++)
            {
                var expected = SnippetWindow.Of(hits[i].Text, reference.Offsets(hits[i].Id, terms), Length);
                Assert.True(expected.Render() == actual[i].Render(), $"'{query}', {hits[i].Id}:\nexpected {expected.Render()}\nactual   {actual[i].Render()}");
                Assert.Equal(expected.Marks, actual[i].Marks);
                compared++;
                if (expected.Marks.Count > 0) marked++;
                bigramMarks += terms.Count(t => t.Field == IndexFields.TextFolded && t.Term.Contains(' ')) > 0 && expected.Marks.Count > 0 ? 1 : 0;
            }
        }
        Assert.True(compared >= 200, $"only {compared} snippets compared");
        Assert.True(marked >= compared / 2, $"only {marked} of {compared} snippets mark anything");
        Assert.True(bigramMarks > 0, "no snippet was marked for a query highlighting bigrams");
    }

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
