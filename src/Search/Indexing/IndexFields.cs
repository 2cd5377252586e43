using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Analytics.Search.Indexing;

/// <summary>Field names and field types of the plan index. Each searchable text is indexed twice over the
/// same stored original: exact (accents kept) and folded (accents off), both with offsets in postings.</summary>
internal static class IndexFields
{
    /// <summary>Changes whenever the fields or the analysis change what an index holds; an index written
    /// under another version should be rebuilt (the benchmarks' cached index checks it).</summary>
    public const int FormatVersion = 2;

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

    public const string KindItem = "item";
    public const string KindPlan = "plan";

    /// <summary>Facet field → DocValues field name; single-valued ones use SortedDocValues.</summary>
    public static string FacetField(string facet) =>
        FacetFields.TryGetValue(facet, out var field) ? field : "f_" + facet;

    private static readonly Dictionary<string, string> FacetFields =
        Facets.FacetCatalog.All.ToDictionary(f => f, f => "f_" + f, StringComparer.Ordinal);

    public static readonly FieldType SearchText = CreateSearchText();

    private static FieldType CreateSearchText()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The folded twin: same postings options, not stored (the exact field stores the original).</summary>
    public static readonly FieldType SearchTextUnstored = CreateUnstored();

    private static FieldType CreateUnstored()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
