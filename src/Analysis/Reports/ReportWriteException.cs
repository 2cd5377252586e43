namespace Analytics.Analysis.Reports;

/// <summary>A report format that needs an outside tool (the PDF needs LibreOffice) could not be written; the
/// message says why, for the command line and the workspace's log.</summary>
public sealed class ReportWriteException(string message) : Exception(message);
