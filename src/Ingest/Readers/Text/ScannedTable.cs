namespace Analytics.Ingest.Readers.Text;

/// <summary>A table found in the lines of a text file: raw cell texts per row, and the index of the
/// first line after it.</summary>
internal sealed record ScannedTable(IReadOnlyList<IReadOnlyList<string>> Rows, int End);

/// <summary>Recognises one layout of table in plain text, starting at a given line.</summary>
internal interface ITableScanner
{
    /// <summary>The table starting at <paramref name="start"/>, or null when that line does not open one.</summary>
    ScannedTable? TryScan(IReadOnlyList<string> lines, int start);
}
