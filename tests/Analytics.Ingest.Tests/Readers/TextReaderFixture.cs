using System.Text;
using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Text;

namespace Analytics.Ingest.Tests.PlainText;

internal static class TextReaderFixture
{
    public static SourceDocument Read(string text, string name = "test.txt") =>
        new PlainTextReader().Read(new SourceFile(name, Encoding.UTF8.GetBytes(text))).Value;

    public static SourceDocument Read(byte[] bytes, string name = "test.txt") =>
        new PlainTextReader().Read(new SourceFile(name, bytes)).Value;

    public static TableBlock SingleTable(SourceDocument document) => Assert.Single(document.Blocks.OfType<TableBlock>());

    public static string[] Cells(TableRow row) => row.Cells.Select(c => c.Text).ToArray();
}
