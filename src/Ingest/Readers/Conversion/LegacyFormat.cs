namespace Analytics.Ingest.Readers.Conversion;

/// <summary>A word-processor format read by conversion to DOCX: the sniffer's format name, the words a
/// user knows it by, the extension LibreOffice expects and the import filter that must open it (forcing
/// the filter keeps LibreOffice from importing a damaged file as plain text).</summary>
public sealed record LegacyFormat(string Name, string Label, string Extension, string ImportFilter)
{
    public static LegacyFormat Doc { get; } = new("doc", "legacy Word .doc", ".doc", "MS Word 97");
    public static LegacyFormat Rtf { get; } = new("rtf", "RTF", ".rtf", "Rich Text Format");
    public static LegacyFormat Odt { get; } = new("odt", "OpenDocument text (.odt)", ".odt", "writer8");

    public static IReadOnlyList<LegacyFormat> All { get; } = [Doc, Rtf, Odt];
}
