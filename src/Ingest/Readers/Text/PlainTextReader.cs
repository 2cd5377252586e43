using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Reads plain-text plans (UTF-8, UTF-16, Windows-1258) into the document model, recovering
/// headings, paragraphs, list items and tables from the text's layout. Text far larger than a plan, or
/// with a line longer than any paragraph, is refused before layout analysis (which is not linear in
/// them: a 20 MB line once took 3.8 GB).</summary>
public sealed class PlainTextReader(IngestLimits? limits = null) : IDocumentReader
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (file.Content.Length > _limits.MaxTextBytes)
            return Result<SourceDocument>.Failure(
                $"text file of {Megabytes(file.Content.Length)} MB; a plan as text is far smaller (limit {Megabytes(_limits.MaxTextBytes)} MB)");
        var decoded = TextDecoder.Decode(file.Content.Span);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return Result<SourceDocument>.Failure($"{file.Source}: no text in the file");
        if (LongestLine(decoded.Text) is var longest && longest > _limits.MaxTextLineChars)
            return Result<SourceDocument>.Failure(
                $"a line of {longest:N0} characters; not a plan's text (limit {_limits.MaxTextLineChars:N0} per line)");

        var blocks = new TextLayoutBuilder(file.Source).Build(decoded.Text, cancellationToken);
        var warnings = decoded.WasGuessed
            ? [$"{file.Source}: no byte-order mark and not UTF-8; read as {decoded.EncodingName}"]
            : Array.Empty<string>();
        return new SourceDocument(file.Source, "text", blocks, [], warnings);
    }

    private static int LongestLine(string text)
    {
        int longest = 0, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            longest = Math.Max(longest, i - start);
            start = i + 1;
        }
        return longest;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
