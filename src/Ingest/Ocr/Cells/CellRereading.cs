using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Reads one cell as a single block, and when that reading cannot be what the genre prints
/// (<see cref="CellDoubt"/>) reads it again, keeping the first reading without that doubt: the cell enlarged
/// twice, as cut out and then with more paper round it (at 200 dpi the serifs of "HKII" touch and the LSTM reads
/// "HKTI"; doubled, the strokes part), then other page segmentations of the page image (a line found alone, words found one by one). A narrow
/// cell read as symbols holds text printed on its side and is read turned. The caller has set the page image and
/// the single-block mode; both are restored.</summary>
internal static class CellRereading
{
    private const int Enlargement = 2;
    private static readonly int[] SecondModes = [TesseractApi.PsmSingleColumn, TesseractApi.PsmSparseText];

    /// <param name="rect">The ink with a margin, as first read.</param>
    /// <param name="room">The cell inside its rules: how far the enlarged cut-out may widen that margin.</param>
    public static List<OcrWord> Read(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, BoundingBox room, WordReader reader)
    {
        var first = Recognize(api, monitor, rect, reader);
        var text = Text(first);
        if (CellDoubt.IsGarbled(text) && rect.Height > rect.Width) return ReadTurned(api, monitor, page, rect, reader) ?? first;
        if (MayBeTurned(first, rect) && ReadTurned(api, monitor, page, rect, reader) is { } turned && Confidence(turned) > Confidence(first)) return turned;
        if (!CellDoubt.IsDamaged(text)) return first;
        foreach (var cut in new[] { rect, Widened(rect, room, page.Resolution / PaperPerInch) })
        {
            var enlarged = RecognizeEnlarged(api, monitor, page, cut, reader);
            if (enlarged.Count > 0 && !CellDoubt.IsDamaged(Text(enlarged))) return enlarged;
        }
        try
        {
            foreach (var mode in SecondModes)
            {
                TesseractApi.TessBaseAPISetPageSegMode(api, mode);
                var again = Recognize(api, monitor, rect, reader);
                if (again.Count > 0 && !CellDoubt.IsDamaged(Text(again))) return again;
            }
            return first;
        }
        finally
        {
            TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmSingleBlock);
        }
    }

    /// <summary>A narrow cell's text printed on its side, read turned a quarter clockwise (written bottom to top)
    /// or anticlockwise (top to bottom); its words are laid on one line across the cell, in reading order.</summary>
    private static List<OcrWord>? ReadTurned(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, WordReader reader)
    {
        foreach (var quarters in Quarters)
        {
            var found = RecognizeApart(api, monitor, page, rect, reader, pix => LeptonicaApi.pixRotateOrth(pix, quarters), 1);
            if (found.Count == 0 || CellDoubt.IsGarbled(Text(found)) || found.Sum(w => w.Text.Count(char.IsLetter)) < MinTurnedLetters) continue;
            var width = rect.Width / found.Count;
            return found.Select((w, i) => w with { Box = new BoundingBox(rect.Left + i * width, rect.Top, rect.Left + (i + 1) * width, rect.Bottom) }).ToList();
        }
        return null;
    }

    private static readonly int[] Quarters = [1, 3];

    /// <summary>A tall cell read with little confidence may hold a header printed on its side that came out as letters
    /// and symbols mixed (": ta 5 r= @ = m lm" for "Tiêu chuẩn", "M~ s =ỊÌ = ImỊ" for "Tiêu chí") rather than symbols
    /// alone; the turned reading is kept only when Tesseract is surer of it.</summary>
    private static bool MayBeTurned(List<OcrWord> first, BoundingBox rect) =>
        first.Count > 0 && rect.Height > TallerThanWide * rect.Width && Confidence(first) < TurnedBelowConfidence;

    private const double TallerThanWide = 1.5;
    private const double TurnedBelowConfidence = 0.6;

    private static double Confidence(List<OcrWord> words) => words.Count == 0 ? 0 : words.Average(w => w.Confidence);
    private const int MinTurnedLetters = 3;

    /// <summary>Paper kept round the ink for the second enlarged reading, a twentieth of an inch: the LSTM misreads a
    /// short code cut out tight ("2.2" as "VẦ?,") and reads it with that much white round it.</summary>
    internal const int PaperPerInch = 20;

    internal static BoundingBox Widened(BoundingBox rect, BoundingBox room, int by) =>
        new(Math.Max(room.Left, rect.Left - by), Math.Max(room.Top, rect.Top - by), Math.Min(room.Right, rect.Right + by), Math.Min(room.Bottom, rect.Bottom + by));

    private static string Text(List<OcrWord> words) => string.Join(' ', words.Select(w => w.Text));

    private static List<OcrWord> Recognize(TessBaseApiHandle api, MonitorHandle monitor, BoundingBox rect, WordReader reader)
    {
        var found = new List<OcrWord>();
        TesseractApi.TessBaseAPISetRectangle(api, (int)rect.Left, (int)rect.Top, (int)rect.Width, (int)rect.Height);
        if (TesseractApi.TessBaseAPIRecognize(api, monitor) == 0) reader.ReadInto(api, found);
        return found;
    }

    /// <summary>The cell cut out and scaled up as an image of its own; its words are mapped back to page pixels.</summary>
    internal static List<OcrWord> RecognizeEnlarged(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, WordReader reader,
        int enlargement = Enlargement) =>
        RecognizeApart(api, monitor, page, rect, reader, pix => LeptonicaApi.pixScale(pix, enlargement, enlargement), enlargement)
            .Select(w => w with { Box = new BoundingBox(rect.Left + w.Box.Left / enlargement, rect.Top + w.Box.Top / enlargement,
                rect.Left + w.Box.Right / enlargement, rect.Top + w.Box.Bottom / enlargement) }).ToList();

    /// <summary>The cell cut out and changed by <paramref name="change"/> (scaled, turned), recognised as an image of
    /// its own at <paramref name="scale"/> times the page's resolution; the page image is set again after. Word
    /// boxes are in the changed image's pixels.</summary>
    private static List<OcrWord> RecognizeApart(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, WordReader reader,
        Func<PixHandle, PixHandle> change, int scale)
    {
        using var clip = PixClip.Cut(page.Pix, rect);
        if (clip.IsInvalid) return [];
        using var changed = change(clip);
        if (changed.IsInvalid) return [];
        var found = new List<OcrWord>();
        try
        {
            TesseractApi.TessBaseAPISetImage2(api, changed);
            TesseractApi.TessBaseAPISetSourceResolution(api, page.Resolution * scale);
            if (TesseractApi.TessBaseAPIRecognize(api, monitor) == 0) reader.ReadInto(api, found);
        }
        finally
        {
            TesseractApi.TessBaseAPISetImage2(api, page.Pix);
            TesseractApi.TessBaseAPISetSourceResolution(api, page.Resolution);
        }
        return found;
    }
}
