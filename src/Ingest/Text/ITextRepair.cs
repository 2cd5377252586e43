using Analytics.Ingest.Records;

namespace Analytics.Ingest.Text;

/// <summary>Repairs one piece of Vietnamese text (legacy encodings, lost diacritics, OCR damage).
/// Text that is already right must come back unchanged.</summary>
public interface ITextRepair
{
    TextRepairResult Repair(string text);
}

/// <summary>The repaired text (NFC) and what was done to it; no notes when nothing changed.</summary>
public sealed record TextRepairResult(string Text, IReadOnlyList<TextRepairNote> Notes)
{
    public bool Changed => Notes.Count > 0;
    public static TextRepairResult Unchanged(string text) => new(text, []);
}
