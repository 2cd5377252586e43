using System.Text.RegularExpressions;
using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>A plan's criterion code ("2.2", "TC3.5") is three to five glyphs in a narrow cell, and a scan or a photo
/// loses it more than any other text of the table ("2.2" read "xế", "2.3" "rì", "3.5" "3,"): names are long and
/// survive, codes do not. Once a table's cells are read, a column known to hold codes (headed "Tiêu chí", or with
/// two cells or more already read as codes) has each short cell that is no code read again alone, enlarged, as one
/// line of the glyphs a code is printed with, twice (enlarged two and three times); so is a code read with little
/// confidence ("1.8" read "1.6" at 16 %). The new code is kept only when both readings end on it; otherwise the cell
/// keeps its first reading, and the item it opens is flagged for review as before.</summary>
internal static partial class CodeCellRereading
{
    /// <summary>Cells of a column read as codes that make it a code column without its header.</summary>
    private const int MinCodes = 2;

    /// <summary>The longest reading (without spaces) that is taken for a damaged code: "Tiêu chí 3.5" is longer.</summary>
    private const int MaxCodeGlyphs = 6;

    /// <summary>What a code cell prints: digits, the dot, and "TC" for "tiêu chí" ("TC3.5").</summary>
    private const string CodeGlyphs = "0123456789.TC";

    private static readonly int[] Enlargements = [2, 3];

    public static void Apply(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, IReadOnlyList<ReadCell> cells, WordReader reader)
    {
        foreach (var column in cells.Where(c => c.Cell.ColumnSpan == 1).GroupBy(c => c.Cell.Column).Select(g => g.ToList()))
        {
            if (!IsCodeColumn(column)) continue;
            foreach (var cell in column.Where(IsDoubtful))
            {
                if (Reread(api, monitor, page, cell, reader) is { } code) cell.Words = code;
            }
        }
    }

    /// <summary>A reading that names a criterion by its code ("2.2", "TC 3.5", "Tiêu chí 1.8").</summary>
    public static bool IsCode(string text) => CriteriaCatalogue.ParseReference(text) is { Standard: not null, Index: not null };

    private static bool IsCodeColumn(List<ReadCell> column) =>
        column.Any(c => IsHeader(c.Text)) || column.Count(c => IsCode(c.Text)) >= MinCodes;

    /// <summary>A short reading that is no code, or a code read with little confidence ("1.8" read "1.6" at 16 %).</summary>
    private static bool IsDoubtful(ReadCell cell)
    {
        var text = cell.Text;
        return Glyphs(text) <= MaxCodeGlyphs && !IsHeader(text) && (!IsCode(text) || Confidence(cell.Words) < DoubtfulCode);
    }

    /// <summary>Below this a code read in its cell is read again; the cell reader reports such cells for review.</summary>
    private const double DoubtfulCode = 0.5;

    private static double Confidence(List<OcrWord> words) => words.Count == 0 ? 0 : words.Min(w => w.Confidence);

    /// <summary>The code both enlarged readings end on, as one word over their ink; null when either reads no code or
    /// they differ. Tesseract reports no confidence for a reading held to a few glyphs, so the two must agree.</summary>
    private static List<OcrWord>? Reread(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, ReadCell cell, WordReader reader)
    {
        var cut = CellRereading.Widened(cell.Rect, cell.Room, page.Resolution / CellRereading.PaperPerInch);
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmSingleLine);
        TesseractApi.TessBaseAPISetVariable(api, Whitelist, CodeGlyphs);
        try
        {
            var readings = Enlargements.Select(e => CellRereading.RecognizeEnlarged(api, monitor, page, cut, reader, e)).ToList();
            var codes = readings.Select(r => TrailingCode().Match(string.Concat(r.Select(w => w.Text)))).ToList();
            if (!codes.All(c => c.Success) || codes.Select(c => c.Value).Distinct().Count() != 1 || readings[0].Count == 0) return null;
            var words = readings[0];
            var box = new BoundingBox(words.Min(w => w.Box.Left), words.Min(w => w.Box.Top), words.Max(w => w.Box.Right), words.Max(w => w.Box.Bottom));
            return [new OcrWord(codes[0].Value, box, words.Min(w => w.Confidence), words[0].BlockId, words[0].LineId)];
        }
        finally
        {
            TesseractApi.TessBaseAPISetVariable(api, Whitelist, "");
            TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmSingleBlock);
        }
    }

    /// <summary>The code a reading held to <see cref="CodeGlyphs"/> ends on: "TC1.8", "C2.3", "1C2.3" (the "TC" of
    /// "TC3.5", or a stroke of the cell's edge, read as the letters allowed) end on 1.8 and 2.3.</summary>
    [GeneratedRegex(@"(?<![\d.])[1-5]\.(?:1[0-9]|[1-9])$")]
    private static partial Regex TrailingCode();

    private const string Whitelist = "tessedit_char_whitelist";

    private static int Glyphs(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static bool IsHeader(string text) => Header().IsMatch(VietnameseFolding.Fold(text));

    /// <summary>"Tiêu chí", "TC", "Mã tiêu chí", "Tiêu chuẩn, tiêu chí": a short header naming the code column.</summary>
    [GeneratedRegex(@"^\W*(?:ma\s+)?(?:tieu\s*chuan\W+)?(?:tieu\s*chi|tc)\W*$")]
    private static partial Regex Header();
}
