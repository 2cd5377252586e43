using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Reads one cell as a single block, and when that reading cannot be what the genre prints
/// (<see cref="CellDoubt"/>) reads it again with other page segmentations, keeping the first reading without
/// that doubt. A different segmentation gives the LSTM different line images (a line found alone, words found
/// one by one), which is where "HKI" or a leading "5" comes out right when the block reading damaged it. The
/// caller's segmentation mode is single block and is restored.</summary>
internal static class CellRereading
{
    private static readonly int[] SecondModes = [TesseractApi.PsmSingleColumn, TesseractApi.PsmSparseText];

    public static List<OcrWord> Read(TessBaseApiHandle api, MonitorHandle monitor, BoundingBox rect, WordReader reader)
    {
        var first = Recognize(api, monitor, rect, reader);
        if (!CellDoubt.IsDamaged(Text(first))) return first;
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
}
