namespace Analytics.Search.Snippets;

/// <summary>A passage of the original (accented) text and the spans in it that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<SnippetMark> Marks)
{
    /// <summary>No passage: for searches that only need to know what was hit.</summary>
    public static Snippet None { get; } = new("", []);

    /// <summary>The passage with each match wrapped in <paramref name="open"/> … <paramref name="close"/>.</summary>
    public string Render(string open = "[", string close = "]")
    {
        var builder = new System.Text.StringBuilder(Text.Length + Marks.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var mark in Marks)
        {
            builder.Append(Text, at, mark.Start - at).Append(open).Append(Text, mark.Start, mark.Length).Append(close);
            at = mark.Start + mark.Length;
        }
        return builder.Append(Text, at, Text.Length - at).ToString();
    }
}

public readonly record struct SnippetMark(int Start, int Length);
