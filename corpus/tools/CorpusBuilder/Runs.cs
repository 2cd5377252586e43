using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder;

/// <summary>Turns marked-up text into Word runs: "&lt;br&gt;" is a line break, "**…**" bold, "*…*" italic.</summary>
internal static class Runs
{
    public static IEnumerable<Run> Of(string text, RunProperties? baseProperties = null)
    {
        var lines = text.Split("<br>");
        for (var l = 0; l < lines.Length; l++)
        {
            var first = true;
            foreach (var (segment, bold, italic) in Segments(lines[l]))
            {
                var properties = (RunProperties?)baseProperties?.CloneNode(true) ?? new RunProperties();
                if (bold && properties.Bold is null) properties.Append(new Bold());
                if (italic && properties.Italic is null) properties.Append(new Italic());
                var run = new Run(properties);
                if (l > 0 && first) run.Append(new Break());
                run.Append(new Text(segment) { Space = SpaceProcessingModeValues.Preserve });
                first = false;
                yield return run;
            }
            if (first && l > 0) yield return new Run(new Break());
        }
    }

    private static IEnumerable<(string Text, bool Bold, bool Italic)> Segments(string line)
    {
        var parts = line.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            var bold = i % 2 == 1;
            var italicParts = parts[i].Split('*');
            for (var j = 0; j < italicParts.Length; j++)
            {
                if (italicParts[j].Length > 0) yield return (italicParts[j], bold, j % 2 == 1);
            }
        }
    }
}
