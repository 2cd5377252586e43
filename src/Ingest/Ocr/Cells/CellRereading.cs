using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Reads one cell as a single block, and when that reading cannot be what the genre prints
/// (<see cref="CellDoubt"/>) reads it again, keeping the first reading without that doubt: the cell enlarged
/// twice (at 200 dpi the serifs of "HKII" or "Quý III" touch and the LSTM reads "HKTI"; doubled, the strokes
/// part), then other page segmentations of the page image (a line found alone, words found one by one). The
/// caller has set the page image and the single-block mode; both are restored.</summary>
internal static class CellRereading
{
    private const int Enlargement = 2;
    private static readonly int[] SecondModes = [TesseractApi.PsmSingleColumn, TesseractApi.PsmSparseText];

    public static List<OcrWord> Read(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, WordReader reader)
    {
        var first = Recognize(api, monitor, rect, reader);
        if (!CellDoubt.IsDamaged(Text(first))) return first;
        var enlarged = RecognizeEnlarged(api, monitor, page, rect, reader);
        if (enlarged.Count > 0 && !CellDoubt.IsDamaged(Text(enlarged))) return enlarged;
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

    private static string Text(List<OcrWord> words) => string.Join(' ', words.Select(w => w.Text));

    private static List<OcrWord> Recognize(TessBaseApiHandle api, MonitorHandle monitor, BoundingBox rect, WordReader reader)
    {
        var found = new List<OcrWord>();
        TesseractApi.TessBaseAPISetRectangle(api, (int)rect.Left, (int)rect.Top, (int)rect.Width, (int)rect.Height);
        if (TesseractApi.TessBaseAPIRecognize(api, monitor) == 0) reader.ReadInto(api, found);
        return found;
    }

    /// <summary>The cell cut out and scaled up as an image of its own; its words are mapped back to page pixels.</summary>
    private static List<OcrWord> RecognizeEnlarged(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, BoundingBox rect, WordReader reader)
    {
        using var box = LeptonicaApi.boxCreate((int)rect.Left, (int)rect.Top, (int)rect.Width, (int)rect.Height);
        if (box.IsInvalid) return [];
        using var clip = LeptonicaApi.pixClipRectangle(page.Pix, box, IntPtr.Zero);
        if (clip.IsInvalid) return [];
        using var scaled = LeptonicaApi.pixScale(clip, Enlargement, Enlargement);
        if (scaled.IsInvalid) return [];
        var found = new List<OcrWord>();
        try
        {
            TesseractApi.TessBaseAPISetImage2(api, scaled);
            TesseractApi.TessBaseAPISetSourceResolution(api, page.Resolution * Enlargement);
            if (TesseractApi.TessBaseAPIRecognize(api, monitor) == 0) reader.ReadInto(api, found);
        }
        finally
        {
            TesseractApi.TessBaseAPISetImage2(api, page.Pix);
            TesseractApi.TessBaseAPISetSourceResolution(api, page.Resolution);
        }
        return found.Select(w => w with { Box = new BoundingBox(rect.Left + w.Box.Left / Enlargement, rect.Top + w.Box.Top / Enlargement,
            rect.Left + w.Box.Right / Enlargement, rect.Top + w.Box.Bottom / Enlargement) }).ToList();
    }
}
