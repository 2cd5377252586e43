using System.Globalization;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Ingest.Text;
using Analytics.Search.Analysis;
using Analytics.Search.Facets;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Analytics.Search.Indexing;

/// <summary>Turns one stored source into Lucene documents: per plan one plan document and one document per
/// item, each item carrying its plan's metadata (school, level, place, period, gaps).</summary>
internal static class PlanDocuments
{
    public const string PartSeparator = " · ";

    public static IEnumerable<Document> For(StoredSource source)
    {
        var version = source.Source + "\u0001" + source.ContentHash;
        for (var p = 0; p < source.Records.Count; p++)
        {
            var plan = source.Records[p];
            var planId = string.IsNullOrEmpty(plan.Id) ? source.Source + "#" + p.ToString(CultureInfo.InvariantCulture) : plan.Id;
            yield return PlanDocument(source, version, plan, planId);
            for (var i = 0; i < plan.Items.Count; i++)
                yield return ItemDocument(source, version, plan, planId, plan.Items[i], i);
        }
    }

    private static Document PlanDocument(StoredSource source, string version, PlanRecord plan, string planId)
    {
        var doc = Common(source, version, plan, planId, planId, IndexFields.KindPlan);
        var text = Join([plan.Document.Title, .. plan.Weaknesses, .. plan.Assessments.Select(a => a.Note), .. SchoolParts(plan)]);
        AddText(doc, IndexFields.Text, IndexFields.TextFolded, text);
        foreach (var gap in plan.Gaps.Select(ItemFacts.Label).OfType<string>().Distinct()) AddKeyword(doc, FacetCatalog.Gap, IndexFields.Gap, gap, gap);
        foreach (var year in ItemFacts.PlanYears(plan)) AddYear(doc, year);
        return doc;
    }

    private static Document ItemDocument(StoredSource source, string version, PlanRecord plan, string planId, PlanItem item, int index)
    {
        var doc = Common(source, version, plan, planId, planId + "/" + index.ToString(CultureInfo.InvariantCulture), IndexFields.KindItem);
        doc.Add(new StoredField(IndexFields.ItemIndex, index));
        var text = Join([item.CriterionName, item.Target, item.Actions, item.Lead, item.Funding, item.Timeline?.Text, .. SchoolParts(plan)]);
        AddText(doc, IndexFields.Text, IndexFields.TextFolded, text);

        if (item.Standard is { } standard)
        {
            var label = standard.ToString(CultureInfo.InvariantCulture);
            AddKeyword(doc, FacetCatalog.Standard, IndexFields.Standard, label, label);
            doc.Add(new Int32Field(IndexFields.StandardNumber, standard, Field.Store.NO));
        }
        if (ItemFacts.Label(item.Criterion) is { } criterion)
        {
            AddKeyword(doc, FacetCatalog.Criterion, IndexFields.Criterion, criterion, criterion);
            doc.Add(new StoredField(IndexFields.Criterion + "_s", criterion));
        }
        if (ItemFacts.Label(item.CriterionName) is { } criterionName) doc.Add(new StoredField(IndexFields.CriterionName, criterionName));
        if (ItemFacts.Label(item.Funding) is { } funding)
        {
            AddText(doc, IndexFields.Funding, IndexFields.FundingFolded, funding, stored: false);
            AddFacet(doc, FacetCatalog.Funding, funding);
            doc.Add(new StoredField(IndexFields.FundingLabel, funding));
        }
        foreach (var gap in ItemFacts.Gaps(plan, item)) AddKeyword(doc, FacetCatalog.Gap, IndexFields.Gap, gap, gap);
        foreach (var year in ItemFacts.Years(plan, item)) AddYear(doc, year);
        if (item.Budget is { } budget)
        {
            doc.Add(new StoredField(IndexFields.BudgetText, budget.Text));
            if (budget.Vnd is { } vnd)
            {
                doc.Add(new Int64Field(IndexFields.Budget, vnd, Field.Store.NO));
                doc.Add(new StoredField(IndexFields.BudgetVnd, vnd));
            }
        }
        if (item.Timeline is { } timeline) doc.Add(new StoredField(IndexFields.Timeline, timeline.Text));
        return doc;
    }

    private static Document Common(StoredSource source, string version, PlanRecord plan, string planId, string id, string kind)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.YES),
            new StringField(IndexFields.Kind, kind, Field.Store.YES),
            new StringField(IndexFields.PlanId, planId, Field.Store.YES),
            new StringField(IndexFields.Source, source.Source, Field.Store.YES),
            new StringField(IndexFields.SourceVersion, version, Field.Store.NO),
        };
        if (ItemFacts.Label(plan.School.Name) is { } school) doc.Add(new StoredField(IndexFields.School, school));
        if (ItemFacts.Label(plan.School.Province) is { } province) AddKeyword(doc, FacetCatalog.Province, IndexFields.Province, KeyNormalizer.Key(province), province);
        if (ItemFacts.Label(plan.School.District) is { } district) AddKeyword(doc, FacetCatalog.District, IndexFields.District, KeyNormalizer.Key(district), district);
        if (ItemFacts.Label(plan.School.Level) is { } level) AddKeyword(doc, FacetCatalog.Level, IndexFields.Level, KeyNormalizer.Key(level), level);
        return doc;
    }

    private static IEnumerable<string?> SchoolParts(PlanRecord plan) => [plan.School.Name, plan.School.District, plan.School.Province];

    private static string Join(IEnumerable<string?> parts) =>
        string.Join(PartSeparator, parts.Select(ItemFacts.Label).OfType<string>());

    private static void AddText(Document doc, string exactField, string foldedField, string text, bool stored = true)
    {
        var nfc = FastNfc.Normalize(text);
        doc.Add(new Field(exactField, nfc, stored ? IndexFields.SearchText : IndexFields.SearchTextUnstored));
        doc.Add(new Field(foldedField, nfc, IndexFields.SearchTextUnstored));
    }

    private static void AddKeyword(Document doc, string facet, string field, string key, string label)
    {
        doc.Add(new StringField(field, key, Field.Store.NO));
        AddFacet(doc, facet, label);
    }

    private static void AddYear(Document doc, int year)
    {
        var label = year.ToString(CultureInfo.InvariantCulture);
        AddKeyword(doc, FacetCatalog.Year, IndexFields.Year, label, label);
        doc.Add(new Int32Field(IndexFields.YearNumber, year, Field.Store.NO));
    }

    private static void AddFacet(Document doc, string facet, string label)
    {
        var field = IndexFields.FacetField(facet);
        var bytes = new BytesRef(label);
        doc.Add(FacetCatalog.IsMultiValued(facet) ? new SortedSetDocValuesField(field, bytes) : new SortedDocValuesField(field, bytes));
    }
}
