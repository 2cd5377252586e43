namespace Analytics.Analysis;

/// <summary>Marker for the analysis assembly (gap classification, themes, aggregates, reports).</summary>
internal static class AnalysisAssembly;
