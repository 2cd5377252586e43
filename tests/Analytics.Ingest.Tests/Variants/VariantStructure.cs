namespace Analytics.Ingest.Tests.Variants;

/// <summary>The ways a plan arranges its items other than one row per item in one table (the layouts that sank
/// held-out round 10): each is a different place where an item's criterion and fields are written.</summary>
public enum VariantStructure
{
    /// <summary>One small two-column table per item (label | value) under a "Nội dung N" line.</summary>
    FieldTables,
    /// <summary>One form per item in running text, "Label: ……value……" with dot leaders.</summary>
    DottedForm,
    /// <summary>One form per item in running text, "Label: value" with the criterion as a labelled line.</summary>
    LabelledForm,
    /// <summary>One form per item in running text, the label on one line and the answer on the next.</summary>
    QuestionAnswerForm,
    /// <summary>A table whose "Nội dung" and "Tổ chức thực hiện" cells each hold several labelled lines.</summary>
    CellLines,
    /// <summary>Numbered criterion rows ("1 | Tiêu chí 3.2: …") over numbered item rows ("1.1 | …").</summary>
    Hierarchical,
    /// <summary>The plan table without money, then a "Dự toán kinh phí" table keyed by the item's number.</summary>
    SeparateBudget,
    /// <summary>A plan table with a current-level column written as text ("Đạt mức 2", "M2", "Mức II").</summary>
    LevelColumn,

    // Round 11's structures (session 11), made by StructuralVariants.MakeRoundEleven so that the session-10 variants
    // keep their structures.

    /// <summary>The plan table with each budget broken down by label inside its cell ("- Vật tư: … / - Nhân công: … /
    /// Cộng: …", "NS: …; XHH: …").</summary>
    BudgetBreakdown,
    /// <summary>The self-assessment results laid across the page (Tiêu chí | 3.1 | 3.2 … / Mức đạt | Mức 2 | …) above the plan table.</summary>
    HorizontalResults,
    /// <summary>The funding as marked columns: "Nguồn kinh phí" merged over source sub-headers, an "x" under each source.</summary>
    MarkedFunding,
    /// <summary>Each item a numbered criterion line over one paragraph of unlabelled sentences: the aim, the work,
    /// then who leads it, when, and with what money.</summary>
    UnlabelledSentences,
}
