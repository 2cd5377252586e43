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
/// block of the glyphs a code is printed with (a narrow cell wraps "TC3." over "5"), twice (enlarged two and three
/// times); so is a code read with little confidence ("1.8" read "1.6" at 16 %). The new code is kept only when the
/// readings settle it (<see cref="Settled"/>); otherwise the cell keeps its first reading, and the item it opens is
/// flagged for review as before.</summary>
internal static partial class CodeCellRereading
{
    /// <summary>Cells of a column read as codes that make it a code column without its header.</summary>
    private const int MinCodes = 2;

    /// <summary>The longest reading (without spaces) that is taken for a damaged code ("y nh tờ đc" for "2.3"); a cell
    /// longer than that holds words.</summary>
    private const int MaxCodeGlyphs = 10;

    /// <summary>What a code cell prints: digits, the dot, and "TC" for "tiêu chí" ("TC3.5").</summary>
    private const string CodeGlyphs = "0123456789.TC";

    private static readonly int[] Enlargements = [2, 3];

    public static void Apply(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, IReadOnlyList<ReadCell> cells, WordReader reader)
    {
        foreach (var column in cells.Where(c => c.Cell.ColumnSpan == 1).GroupBy(c => c.Cell.Column).Select(g => g.ToList()))
        {
            if (!IsCodeColumn(column)) continue;
            for (var i = 0; i < column.Count; i++)
            {
                if (!IsDoubtful(column[i])) continue;
                var (codes, words) = Reread(api, monitor, page, column[i], reader);
                if (Settled(codes, column, i) is { } code && words.Count > 0) column[i].Words = [AsOneWord(code, words)];
            }
        }
    }

    /// <summary>A reading that names a criterion by its code ("2.2", "TC 3.5", "Tiêu chí 1.8").</summary>
    public static bool IsCode(string text) => Code(text) is not null;

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

    /// <summary>The code each enlarged reading ends on (null where it ends on none), and the first reading's words.</summary>
    private static (List<string?> Codes, List<OcrWord> Words) Reread(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, ReadCell cell, WordReader reader)
    {
        var cut = CellRereading.Widened(cell.Rect, cell.Room, page.Resolution / CellRereading.PaperPerInch);
        TesseractApi.TessBaseAPISetVariable(api, Whitelist, CodeGlyphs);
        try
        {
            var readings = Enlargements.Select(e => CellRereading.RecognizeEnlarged(api, monitor, page, cut, reader, e)).ToList();
            var codes = readings.Select(r => TrailingCode().Match(string.Concat(r.Select(w => w.Text))) is { Success: true } m ? m.Value : null).ToList();
            return (codes, readings[0]);
        }
        finally
        {
            TesseractApi.TessBaseAPISetVariable(api, Whitelist, "");
        }
    }

    /// <summary>The code the readings settle: both end on it; or one does, the other ends on no code, and the code
    /// falls between the codes read above and below it in the column (3.3 between 3.2 and 3.4). Tesseract reports no
    /// confidence for a reading held to a few glyphs, so the evidence is agreement, never the order alone.</summary>
    private static string? Settled(List<string?> codes, List<ReadCell> column, int at)
    {
        var found = codes.OfType<string>().Distinct().ToList();
        if (found.Count != 1) return null;
        if (codes.All(c => c is not null)) return found[0];
        var above = column.Take(at).Select(c => Code(c.Text)).LastOrDefault(c => c is not null);
        var below = column.Skip(at + 1).Select(c => Code(c.Text)).FirstOrDefault(c => c is not null);
        var code = Code(found[0]);
        return above is not null && below is not null && Order(above) <= Order(code!) && Order(code!) <= Order(below) ? found[0] : null;
    }

    private static CriterionRef? Code(string text) => CriteriaCatalogue.ParseReference(text) is { Standard: not null, Index: not null } code ? code : null;

    private static int Order(CriterionRef code) => code.Standard!.Value * 100 + code.Index!.Value;

    private static OcrWord AsOneWord(string code, List<OcrWord> words) =>
        new(code, new BoundingBox(words.Min(w => w.Box.Left), words.Min(w => w.Box.Top), words.Max(w => w.Box.Right), words.Max(w => w.Box.Bottom)),
            words.Min(w => w.Confidence), words[0].BlockId, words[0].LineId);

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
