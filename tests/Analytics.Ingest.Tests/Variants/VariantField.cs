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
    /// <summary>The criterion's current level as text ("Mức 2", "Đạt mức 2", "M2", "Mức II"): a self-assessment result.</summary>
    Level,
    /// <summary>A column no field of the record comes from ("Ghi chú", "Minh chứng").</summary>
    Extra,
}
