using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Layout;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Ocr;

/// <summary>Reads the words of the last recognition from Tesseract's result iterator, with their boxes,
/// confidences and block and line ids. Ids continue from the counters passed in, so words recognised in
/// several passes over one page (the page, then each table cell) keep ids unique within the page.</summary>
internal sealed class WordReader
{
    public int Blocks { get; private set; }
    public int Lines { get; private set; }

    /// <summary>Ids for a line made without Tesseract (a mark read from ink).</summary>
    public (int Block, int Line) NewLine() => (Blocks++, Lines++);

    /// <param name="top">Where the recognised image starts on the page: a strip cut from it is read in page coordinates.</param>
    public void ReadInto(TessBaseApiHandle api, List<OcrWord> words, int top = 0)
    {
        using var iterator = TesseractApi.TessBaseAPIGetIterator(api);
        if (iterator.IsInvalid) return;
        var pageIterator = TesseractApi.TessResultIteratorGetPageIterator(iterator);
        int block = Blocks - 1, line = Lines - 1;
        do
        {
            if (TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.RilBlock) != 0) block++;
            if (TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.RilTextLine) != 0) line++;
            // '|' is never Vietnamese text: it is a table rule the eraser missed.
            var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.RilWord)).Trim().Trim('|');
            if (text.Length == 0) continue;
            if (TesseractApi.TessPageIteratorBoundingBox(pageIterator, TesseractApi.RilWord, out var l, out var t, out var r, out var b) == 0) continue;
            var confidence = Math.Clamp(TesseractApi.TessResultIteratorConfidence(iterator, TesseractApi.RilWord) / 100.0, 0, 1);
            AddWord(words, VietnameseFolding.Nfc(text), new BoundingBox(l, t + top, r, b + top), confidence, Math.Max(block, 0), Math.Max(line, 0));
        }
        while (TesseractApi.TessResultIteratorNext(iterator, TesseractApi.RilWord) != 0);
        Blocks = Math.Max(Blocks, block + 1);
        Lines = Math.Max(Lines, line + 1);
    }

    /// <summary>Adds a word, or its pieces when Tesseract glued several together (the box is shared out by length).</summary>
    private static void AddWord(List<OcrWord> words, string text, BoundingBox box, double confidence, int block, int line)
    {
        var pieces = WordPieces.Split(text);
        if (pieces.Count == 1 && pieces[0].Text.Length == text.Length)
        {
            words.Add(new OcrWord(text, box, confidence, block, line));
            return;
        }
        foreach (var (part, start) in pieces)
        {
            var left = box.Left + box.Width * start / text.Length;
            var right = box.Left + box.Width * (start + part.Length) / text.Length;
            words.Add(new OcrWord(part, new BoundingBox(left, box.Top, right, box.Bottom), confidence, block, line));
        }
    }
}
