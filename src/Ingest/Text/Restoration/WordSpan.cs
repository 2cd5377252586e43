namespace Analytics.Ingest.Text.Restoration;

public enum SpanKind : byte
{
    Word,
    Number,
    SentenceBreak,
    Other,
}

/// <summary>A run of a line: a word, a number, a sentence-ending mark, or anything else (spaces, punctuation).</summary>
public readonly record struct WordSpan(int Start, int Length, SpanKind Kind);

/// <summary>Cuts a line into <see cref="WordSpan"/>s the way the language model was trained
/// (see LanguageModel.TrainingTokenizer): letters with combining marks, "GD&amp;ĐT", "17/2018" and "2,5" stay whole.</summary>
public static class WordSpans
{
    public static void Split(string text, List<WordSpan> spans)
    {
        spans.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
                spans.Add(new WordSpan(start, i - start, char.IsDigit(c) ? SpanKind.Number : SpanKind.Word));
                continue;
            }
            var tag = LanguageModel.TrainingTokenizer.MarkupLength(text, i);
            if (tag > 0 || LanguageModel.TrainingTokenizer.EndsSentence(c))
            {
                spans.Add(new WordSpan(start, Math.Max(1, tag), SpanKind.SentenceBreak));
                i += Math.Max(1, tag);
                continue;
            }
            while (i < text.Length && !char.IsLetterOrDigit(text[i]) && !LanguageModel.TrainingTokenizer.EndsSentence(text[i])
                && LanguageModel.TrainingTokenizer.MarkupLength(text, i) == 0) i++;
            spans.Add(new WordSpan(start, i - start, SpanKind.Other));
        }
    }

    private static bool IsJoiner(string s, int i) => LanguageModel.TrainingTokenizer.IsJoinerAt(s, i);
}
