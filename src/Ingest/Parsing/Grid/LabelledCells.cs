using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>A cell written as labelled lines ("Mục tiêu: …" / "Biện pháp: …", or the same run together on one
/// line as plain text leaves a cell): its fields by the header vocabulary, in the order written.</summary>
internal static class LabelledCells
{
    private const int MaxLabelWords = 5;

    private static readonly ColumnRole[] FieldRoles =
        [ColumnRole.Target, ColumnRole.Actions, ColumnRole.Lead, ColumnRole.Timeline, ColumnRole.Budget, ColumnRole.Funding, ColumnRole.Note];

    /// <summary>The cell's fields (role, label, value), or an empty list when it does not open with a field label.</summary>
    public static List<(ColumnRole Role, string Label, string Value)> Parts(string text)
    {
        var labels = Labels(text);
        if (labels.Count == 0 || labels[0].Start != 0) return [];
        var parts = new List<(ColumnRole Role, string Label, string Value)>();
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Start : text.Length;
            var (start, colon, role) = labels[i];
            parts.Add((role, text[start..colon].Trim(), text[(colon + 1)..end].Trim().TrimEnd(';').Trim()));
        }
        return parts;
    }

    /// <summary>Each colon preceded by a field label: the label starts at the last capitalised word of the up to
    /// five words before the colon ("… xã Nậm Xé Biện pháp:" → "Biện pháp").</summary>
    private static List<(int Start, int Colon, ColumnRole Role)> Labels(string text)
    {
        var labels = new List<(int Start, int Colon, ColumnRole Role)>();
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var start = LabelStart(text, colon);
            if (start >= 0 && HeaderVocabulary.RoleOf(text[start..colon]) is var role && FieldRoles.Contains(role)) labels.Add((start, colon, role));
        }
        return labels;
    }

    private static int LabelStart(string text, int colon)
    {
        var from = -1;
        var at = colon;
        for (var words = 0; words < MaxLabelWords && at > 0; words++)
        {
            var end = at;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == ',')) begin--;
            if (begin == end) break;
            if (from < 0 && char.IsUpper(text[begin])) from = begin;
            at = begin;
            if (begin > 0 && !char.IsWhiteSpace(text[begin - 1])) break;
        }
        return from;
    }
}
