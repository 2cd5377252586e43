using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Testing.Hostile;

/// <summary>One mutated file of the fuzz set: its name says which seed file and which mutation made it.</summary>
internal sealed record FuzzCase(string Name, byte[] Content);

/// <summary>Seeded mutations of real plans, as damage and malice make them: flipped bytes, cut files,
/// edited and dropped zip parts, XML nested deep or given huge attributes, PDF streams bombed or broken,
/// text stretched. The same seed gives the same files.</summary>
internal sealed class FuzzMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] XmlAttributes = ["w:gridSpan w:val", "w:gridBefore w:val", "w:ilvl w:val", "w:numId w:val", "w:sz w:val"];

    public IEnumerable<FuzzCase> Generate(IReadOnlyList<string> seedFiles, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var path = seedFiles[_random.Next(seedFiles.Count)];
            var (how, content) = Mutate(File.ReadAllBytes(path), Path.GetExtension(path).ToLowerInvariant());
            yield return new FuzzCase($"{i:D4}-{how}-{Path.GetFileName(path)}", content);
        }
    }

    private (string How, byte[] Content) Mutate(byte[] content, string extension)
    {
        var choice = _random.Next(10);
        return (extension, choice) switch
        {
            (_, 0 or 1) => ("flip", FlipBytes(content)),
            (_, 2) => ("cut", content[..Math.Max(1, (int)(content.Length * _random.NextDouble()))]),
            (".docx" or ".xlsx", 3) => ("nest", HostileFiles.EditPart(content, MainPart(extension), xml => Nest(xml))),
            (".docx" or ".xlsx", 4) => ("attribute", HostileFiles.EditPart(content, MainPart(extension), xml => HugeAttribute(xml))),
            (".docx" or ".xlsx", 5) => ("xml-flip", HostileFiles.EditPart(content, MainPart(extension), xml => FlipChars(xml))),
            (".docx" or ".xlsx", 6) => ("empty-part", EmptyPart(content)),
            (".pdf", 3 or 4) => ("stream-flip", FlipInsideStreams(content)),
            (".pdf", 5) => ("length", Regex.Replace(Latin1(content), @"/Length \d+", _ => $"/Length {_random.Next(int.MaxValue)}", RegexOptions.None, TimeSpan.FromSeconds(5)) is var edited ? Encoding.Latin1.GetBytes(edited) : content),
            (".pdf", 6) => ("flate-bomb", HostileFiles.FlateBombPdf(_random.Next(2) == 0 ? 64 : 320)),
            (".txt", 3) => ("long-line", HostileFiles.OneLineText(_random.Next(200_000, 3_000_000))),
            (".txt", 4 or 5) => ("repeat", Repeat(content, _random.Next(2, 400))),
            (".txt", 6) => ("pipes", Encoding.UTF8.GetBytes(new string('|', _random.Next(1000, 200_000)))),
            _ => ("flip", FlipBytes(content)),
        };
    }

    private static string MainPart(string extension) => extension == ".docx" ? "word/document.xml" : "xl/worksheets/sheet1.xml";

    private byte[] FlipBytes(byte[] content)
    {
        var copy = (byte[])content.Clone();
        var flips = _random.Next(1, 40);
        for (var i = 0; i < flips; i++) copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private string Nest(string xml)
    {
        var depth = _random.Next(2) == 0 ? _random.Next(10, 300) : _random.Next(300, 30_000);
        var at = xml.IndexOf("<w:body>", StringComparison.Ordinal) is var body and >= 0 ? body + 8 : xml.IndexOf("<sheetData>", StringComparison.Ordinal);
        if (at < 0) return xml;
        var open = new StringBuilder().Insert(0, "<w:sdt><w:sdtContent>", depth);
        var close = new StringBuilder().Insert(0, "</w:sdtContent></w:sdt>", depth);
        return xml[..at] + open + close + xml[at..];
    }

    private string HugeAttribute(string xml)
    {
        var attribute = XmlAttributes[_random.Next(XmlAttributes.Length)];
        var value = _random.Next(3) switch { 0 => "2000000000", 1 => "-2147483648", _ => new string('9', _random.Next(20, 1_000_000)) };
        var name = attribute.Split(' ')[0];
        var element = $"<{name} {attribute.Split(' ')[1]}=\"{value}\"/>";
        return xml.Replace("<w:tcPr>", "<w:tcPr>" + element, StringComparison.Ordinal).Replace("<w:pPr>", "<w:pPr>" + element, StringComparison.Ordinal);
    }

    private string FlipChars(string xml)
    {
        var chars = xml.ToCharArray();
        const string damage = "<>/\"=&;\0";
        for (var i = _random.Next(1, 20); i > 0; i--) chars[_random.Next(chars.Length)] = damage[_random.Next(damage.Length)];
        return new string(chars);
    }

    private byte[] EmptyPart(byte[] package)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        var names = input.Entries.Select(e => e.FullName).ToList();
        var emptied = names[_random.Next(names.Count)];
        return HostileFiles.EditPart(package, emptied, _ => "");
    }

    private byte[] FlipInsideStreams(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var text = Latin1(pdf);
        var starts = Regex.Matches(text, "stream\r?\n", RegexOptions.None, TimeSpan.FromSeconds(5)).Select(m => m.Index + m.Length).ToList();
        if (starts.Count == 0) return FlipBytes(pdf);
        for (var i = _random.Next(1, 30); i > 0; i--)
        {
            var at = Math.Min(copy.Length - 1, starts[_random.Next(starts.Count)] + _random.Next(200));
            copy[at] = (byte)_random.Next(256);
        }
        return copy;
    }

    private static byte[] Repeat(byte[] content, int times) => Enumerable.Repeat(content, times).SelectMany(b => b).ToArray();

    private static string Latin1(byte[] content) => Encoding.Latin1.GetString(content);
}
