using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>An item written as a paragraph of unlabelled sentences under its criterion ("Mục tiêu là … . Nhà
/// trường sẽ … . Việc này giao Tổ trưởng chuyên môn chủ trì, thực hiện từ tháng 10/2024 đến tháng 4/2025, kinh
/// phí khoảng 15 triệu đồng từ nguồn chi thường xuyên."): the sentence opening with the aim is the target, the
/// sentences that give the item's time and money or its lead are read for those fields, the others are the
/// actions. Only a paragraph with such a fields sentence after its first is read this way; other prose under a
/// criterion stays the target whole.</summary>
internal sealed class SentenceParagraphRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled || line.Current is not { Reference: not null, Labelled: false } item) return LineOutcome.Next;
        if (item.Pieces(ColumnRole.Target).Count > 0 || item.Pieces(ColumnRole.Actions).Count > 0) return LineOutcome.Next;
        var sentences = SentenceFields.Sentences(line.Text);
        if (sentences.Count < 2 || !sentences.Skip(1).Any(SentenceFields.GivesItemFields)) return LineOutcome.Next;
        foreach (var (sentence, at) in sentences.Select((s, i) => (s, i)))
            Read(item, sentence, first: at == 0);
        return LineOutcome.Done;
    }

    private static void Read(RawItem item, string sentence, bool first)
    {
        if (SentenceFields.GivesItemFields(sentence)) { SentenceFields.AddTo(item, sentence); return; }
        if (SentenceFields.AimOf(sentence) is { } aim) { item.Add(ColumnRole.Target, aim); return; }
        item.Add(first && item.Pieces(ColumnRole.Target).Count == 0 ? ColumnRole.Target : ColumnRole.Actions, sentence);
    }
}
