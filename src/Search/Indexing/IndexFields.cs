using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Analytics.Search.Indexing;

/// <summary>Field names and field types of the plan index. Each searchable text is indexed twice over the
/// same stored original: exact (accents kept) and folded (accents off).</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string PlanId = "plan";
    public const string Source = "source";
    /// <summary>Source and content hash joined; its terms tell which version of each source is indexed.</summary>
    public const string SourceVersion = "srcver";

    public const string Text = "text";
    public const string TextFolded = "text_f";
    public const string Funding = "funding";
    public const string FundingFolded = "funding_f";

    public const string Province = "province";
    public const string District = "district";
    /// <summary>The commune-level unit (school.commune), a match key only: what an account's units are
    /// compared with besides the former district.</summary>
    public const string Commune = "commune";
    public const string Level = "level";
    public const string Standard = "standard";
    public const string Criterion = "criterion";
    /// <summary>The criterion as shown (stored only).</summary>
    public const string CriterionStored = "criterion_s";
    public const string Gap = "gap";
    public const string Year = "year";
    public const string Budget = "budget";
    /// <summary>Numeric twins of keyword fields, for ranges.</summary>
    public const string StandardNumber = "standard_n";
    public const string YearNumber = "year_n";

    // Stored only, for display.
    public const string School = "s_school";
    public const string CriterionName = "s_criterion_name";
    public const string BudgetText = "s_budget";
    public const string BudgetVnd = "s_budget_vnd";
    public const string Timeline = "s_timeline";
    public const string FundingLabel = "s_funding";
    public const string ItemIndex = "s_item";
    /// <summary>Today's province, and the province and district the plan was filed under (before the 2025
    /// reform), for "trước đây: …" beside a hit.</summary>
    public const string ProvinceShown = "s_province";
    public const string FormerProvinceShown = "s_province_former";
    public const string FormerDistrictShown = "s_district";

    public const string KindItem = "item";
    public const string KindPlan = "plan";

    /// <summary>Facet field → DocValues field name; single-valued ones use SortedDocValues.</summary>
    public static string FacetField(string facet) =>
        FacetFields.TryGetValue(facet, out var field) ? field : "f_" + facet;

    private static readonly Dictionary<string, string> FacetFields =
        Facets.FacetCatalog.All.ToDictionary(f => f, f => "f_" + f, StringComparer.Ordinal);

    /// <summary>Every analysed text field (exact, folded, funding): terms, frequencies and positions (for
    /// phrases), not stored (the exact text field's stored value is added beside it). No offsets in
    /// postings: snippets find the matches by analysing the stored text of the hits shown again
    /// (<see cref="Snippets.SnippetBuilder"/>), which gives the offsets postings would hold, and writing
    /// offsets for every token was about a sixth of the indexing time.</summary>
    public static readonly FieldType SearchText = Unstored(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private static FieldType Unstored(IndexOptions options)
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = options };
        type.Freeze();
        return type;
    }

    /// <summary>Precision step of the small whole numbers (year, standard): one term per value. A range
    /// over them spans at most a few dozen distinct values, so the trie terms of smaller steps (8 terms per
    /// value at Lucene's default of 4) buy nothing. Index and queries must use the same step.</summary>
    public const int SmallNumberPrecisionStep = 32;

    /// <summary>Precision step of budgets: 4 terms per value instead of 16 (Lucene 5 made 16 its default
    /// for 64-bit values). Index and queries must use the same step.</summary>
    public const int BudgetPrecisionStep = 16;

    public static readonly FieldType SmallNumber = Numeric(NumericType.INT32, SmallNumberPrecisionStep);
    public static readonly FieldType BudgetNumber = Numeric(NumericType.INT64, BudgetPrecisionStep);

    private static FieldType Numeric(NumericType kind, int precisionStep)
    {
        var type = new FieldType(kind == NumericType.INT32 ? Int32Field.TYPE_NOT_STORED : Int64Field.TYPE_NOT_STORED)
        {
            NumericPrecisionStep = precisionStep,
        };
        type.Freeze();
        return type;
    }
}
