namespace Analytics.Ingest.Parsing.Rows;

/// <summary>One thing a row of an improvement table can be. Rules are tried in the order the pipeline
/// builder lists them; the first that recognises the row decides what becomes of it.</summary>
internal interface ITableRowRule
{
    RowOutcome Apply(TableRowContext row);
}

internal enum RowOutcome
{
    /// <summary>Not this rule's kind of row: the next rule decides.</summary>
    NotMine,

    /// <summary>The row is taken care of and adds no cells (blank, repeated header, total, heading, standard).</summary>
    SetAside,

    /// <summary>The rule chose the item the row's cells go to; the cells are read into it.</summary>
    ItemChosen,
}
