using System.Globalization;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Ingest.Text;
using Analytics.Search.Analysis;
using Analytics.Search.Facets;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Analytics.Search.Indexing;

/// <summary>Turns one stored source into Lucene documents: per plan one plan document and one document per
/// item, each item carrying its plan's metadata (school, level, place, period, gaps). Fields are reused from
/// document to document (<see cref="ReusableFields"/>): a document yielded here is valid until the next one is
/// asked for, which is how the index writer consumes them. One instance per writing thread.</summary>
internal sealed class PlanDocuments
{
    public const string PartSeparator = " · ";
    private readonly ReusableFields _fields = new();

    public IEnumerable<Document> For(StoredSource source)
    {
        var version = source.Source + "\u0001" + IndexStamp.Of(source);
        for (var p = 0; p < source.Records.Count; p++)
        {
            var plan = source.Records[p];
            var planId = string.IsNullOrEmpty(plan.Id) ? source.Source + "#" + p.ToString(CultureInfo.InvariantCulture) : plan.Id;
            var school = SchoolFacts.Of(plan.School);
            yield return PlanDocument(source, version, plan, planId, school);
            for (var i = 0; i < plan.Items.Count; i++)
                yield return ItemDocument(source, plan, planId, school, plan.Items[i], i);
        }
    }

    private Document PlanDocument(StoredSource source, string version, PlanRecord plan, string planId, SchoolFacts school)
    {
        var doc = Common(source, planId, school, planId, IndexFields.KindPlan);
        // The version term is read per source (IndexedVersionReader), and every source's documents begin
        // with a plan document, so the plan documents alone carry it.
        doc.Add(_fields.String(IndexFields.SourceVersion, version, Field.Store.NO));
        BeginText();
        Append(plan.Document.Title);
        foreach (var weakness in plan.Weaknesses) Append(weakness);
        foreach (var assessment in plan.Assessments) Append(assessment.Note);
        AppendSchool(school);
        var text = _text.ToString();
        AddText(doc, IndexFields.Text, IndexFields.TextFolded, text);
        foreach (var gap in ItemFacts.PlanGaps(plan)) AddKeyword(doc, FacetCatalog.Gap, IndexFields.Gap, gap, gap);
        foreach (var year in ItemFacts.PlanYears(plan)) AddYear(doc, year);
        return doc;
    }

    private Document ItemDocument(StoredSource source, PlanRecord plan, string planId, SchoolFacts school, PlanItem item, int index)
    {
        var doc = Common(source, planId, school, planId + "/" + index.ToString(CultureInfo.InvariantCulture), IndexFields.KindItem);
        doc.Add(_fields.Stored(IndexFields.ItemIndex, index));
        BeginText();
        Append(item.CriterionName);
        Append(item.Target);
        Append(item.Actions);
        Append(item.Lead);
        Append(item.Funding);
        Append(item.Timeline?.Text);
        AppendSchool(school);
        var text = _text.ToString();
        AddText(doc, IndexFields.Text, IndexFields.TextFolded, text);

        if (item.Standard is { } standard)
        {
            var label = standard.ToString(CultureInfo.InvariantCulture);
            AddKeyword(doc, FacetCatalog.Standard, IndexFields.Standard, label, label);
            doc.Add(_fields.Int32(IndexFields.StandardNumber, standard, IndexFields.SmallNumber));
        }
        if (ItemFacts.Label(item.Criterion) is { } criterion)
        {
            AddKeyword(doc, FacetCatalog.Criterion, IndexFields.Criterion, criterion, criterion);
            doc.Add(_fields.Stored(IndexFields.CriterionStored, criterion));
        }
        if (ItemFacts.Label(item.CriterionName) is { } criterionName) doc.Add(_fields.Stored(IndexFields.CriterionName, criterionName));
        if (ItemFacts.Label(item.Funding) is { } funding)
        {
            // The facet counts the source group ("XHH" and "Xã hội hóa" are one value), and the group's name is
            // searchable beside the words written, so the facet's own query `funding:"Xã hội hóa"` finds "XHH".
            var group = FundingSources.Group(funding);
            AddText(doc, IndexFields.Funding, IndexFields.FundingFolded, funding + PartSeparator + group, stored: false);
            AddFacet(doc, FacetCatalog.Funding, group);
            doc.Add(_fields.Stored(IndexFields.FundingLabel, funding));
        }
        foreach (var gap in ItemFacts.Gaps(item)) AddKeyword(doc, FacetCatalog.Gap, IndexFields.Gap, gap, gap);
        foreach (var year in ItemFacts.Years(plan, item)) AddYear(doc, year);
        if (item.Budget is { } budget)
        {
            doc.Add(_fields.Stored(IndexFields.BudgetText, budget.Text));
            if (budget.Vnd is { } vnd)
            {
                doc.Add(_fields.Int64(IndexFields.Budget, vnd, IndexFields.BudgetNumber));
                doc.Add(_fields.Stored(IndexFields.BudgetVnd, vnd));
            }
        }
        if (item.Timeline is { } timeline) doc.Add(_fields.Stored(IndexFields.Timeline, timeline.Text));
        return doc;
    }

    /// <summary>The fields every document has. The document and plan ids are stored, not indexed: nothing
    /// looks them up by term (a source's documents are replaced and deleted by the source term), and the
    /// unique id of every document was a new term for the writer to hash, sort and write.</summary>
    private Document Common(StoredSource source, string planId, SchoolFacts school, string id, string kind)
    {
        var doc = _fields.Begin();
        doc.Add(_fields.Stored(IndexFields.Id, id));
        doc.Add(_fields.String(IndexFields.Kind, kind, Field.Store.YES));
        doc.Add(_fields.Stored(IndexFields.PlanId, planId));
        doc.Add(_fields.String(IndexFields.Source, source.Source, Field.Store.YES));
        if (school.Name is { } name) doc.Add(_fields.Stored(IndexFields.School, name));
        if (school.Province is { } province) AddKeyword(doc, FacetCatalog.Province, IndexFields.Province, province.Key, province.Label);
        if (school.FormerProvince is { } former) doc.Add(_fields.String(IndexFields.Province, former.Key, Field.Store.NO));
        if (school.District is { } district) AddKeyword(doc, FacetCatalog.District, IndexFields.District, district.Key, district.Label);
        if (school.Commune is { } commune) doc.Add(_fields.String(IndexFields.Commune, commune.Key, Field.Store.NO));
        if (school.Level is { } level) AddKeyword(doc, FacetCatalog.Level, IndexFields.Level, level.Key, level.Label);
        if (school.Province is { } shown) doc.Add(_fields.Stored(IndexFields.ProvinceShown, shown.Label));
        if (school.FormerProvince is { } formerShown) doc.Add(_fields.Stored(IndexFields.FormerProvinceShown, formerShown.Label));
        if (school.District is { } districtShown) doc.Add(_fields.Stored(IndexFields.FormerDistrictShown, districtShown.Label));
        return doc;
    }

    // The searchable text of a document: its parts as labels (NFC, trimmed, inner whitespace collapsed),
    // empty ones left out, joined by the part separator; the school's name and place end every text.
    private readonly System.Text.StringBuilder _text = new();

    private void BeginText() => _text.Clear();

    private void Append(string? part)
    {
        if (ItemFacts.Label(part) is { } label) AppendLabel(label);
    }

    /// <summary>The school's name and place, already labels and joined once per plan.</summary>
    private void AppendSchool(SchoolFacts school)
    {
        if (school.Text.Length > 0) AppendLabel(school.Text);
    }

    private void AppendLabel(string label)
    {
        if (_text.Length > 0) _text.Append(PartSeparator);
        _text.Append(label);
    }

    private void AddText(Document doc, string exactField, string foldedField, string text, bool stored = true)
    {
        var nfc = FastNfc.Normalize(text);
        var pair = exactField == IndexFields.Text ? _textPair : _fundingPair;
        pair.SetText(nfc);
        // The exact and folded fields play one tokenization (a tape per field pair and thread); the original
        // is stored beside them. Same terms, positions and offsets as the analyzers of IndexAnalyzer.
        if (stored) doc.Add(_fields.Stored(exactField, nfc));
        doc.Add(_fields.Tokens(exactField, pair.Exact, IndexFields.SearchText));
        doc.Add(_fields.Tokens(foldedField, pair.Folded, IndexFields.SearchText));
    }

    private readonly TapedPair _textPair = new(shingles: true);
    private readonly TapedPair _fundingPair = new(shingles: false);

    /// <summary>The token streams of one exact/folded field pair, fed from one tape.</summary>
    private sealed class TapedPair
    {
        private readonly TapeStream _exact;
        private readonly TapeStream _foldedSource;

        public TapedPair(bool shingles)
        {
            var tape = new SyllableTape();
            _exact = new TapeStream(tape);
            _foldedSource = new TapeStream(tape);
            TokenStream folded = new DiacriticFoldingFilter(_foldedSource);
            Folded = shingles ? new BigramFilter(folded, VietnameseAnalyzers.ShingleSeparator) : folded;
        }

        public TokenStream Exact => _exact;
        public TokenStream Folded { get; }

        public void SetText(string text)
        {
            _exact.SetText(text);
            _foldedSource.SetText(text);
        }
    }

    private void AddKeyword(Document doc, string facet, string field, string key, string label)
    {
        doc.Add(_fields.String(field, key, Field.Store.NO));
        AddFacet(doc, facet, label);
    }

    private void AddYear(Document doc, int year)
    {
        var label = year.ToString(CultureInfo.InvariantCulture);
        AddKeyword(doc, FacetCatalog.Year, IndexFields.Year, label, label);
        doc.Add(_fields.Int32(IndexFields.YearNumber, year, IndexFields.SmallNumber));
    }

    private void AddFacet(Document doc, string facet, string label)
    {
        var field = IndexFields.FacetField(facet);
        doc.Add(FacetCatalog.IsMultiValued(facet) ? _fields.SortedSetDocValues(field, label) : _fields.SortedDocValues(field, label));
    }
}
