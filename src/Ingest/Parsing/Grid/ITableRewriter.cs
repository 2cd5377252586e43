using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>Turns a table written in one of the layouts plans use into the canonical grid the row rules read
/// (a header row of field labels over one row per item), or returns it unchanged when it is not that layout.</summary>
internal interface ITableRewriter
{
    TableBlock Rewrite(TableBlock table);
}
