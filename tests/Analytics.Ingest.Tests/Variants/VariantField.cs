namespace Analytics.Ingest.Tests.Variants;

/// <summary>The item fields a plan table can give a column of its own.</summary>
public enum VariantField
{
    Number,
    Criterion,
    CriterionCode,
    CriterionName,
    Target,
    Actions,
    Lead,
    Timeline,
    Budget,
    Funding,
    /// <summary>A column no field of the record comes from ("Ghi chú", "Minh chứng").</summary>
    Extra,
}
