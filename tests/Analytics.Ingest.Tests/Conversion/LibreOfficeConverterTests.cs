using System.Diagnostics;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Conversion;
using Analytics.Ingest.Tests.BadInput;

namespace Analytics.Ingest.Tests.Conversion;

/// <summary>Conversion failures with the real process: LibreOffice itself for files it cannot open or that
/// hold nothing, a stand-in executable that never finishes for the deadline.</summary>
public sealed class LibreOfficeConverterTests
{
    private static readonly IngestPipeline Pipeline = DefaultPipeline.Create();

    [Fact]
    public void Corrupt_doc_is_one_clear_error_not_an_import_as_plain_text()
    {
        var read = Pipeline.Read(new SourceFile("hỏng.doc", BadFiles.LegacyDoc()));

        Assert.Equal("LibreOffice could not open the legacy Word .doc (damaged, or not really in that format): LibreOffice says \"source file could not be loaded\"", read.Error);
    }

    [Fact]
    public void Rtf_with_no_text_is_refused_as_an_empty_document()
    {
        var outcome = Pipeline.Ingest(new SourceFile("trống.rtf", "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\par }"u8.ToArray()));

        Assert.Equal("no text found (the document body has no text)", outcome.Error);
    }

    [Fact]
    public void Conversion_past_its_deadline_is_stopped_and_its_process_tree_killed()
    {
        var folder = Directory.CreateTempSubdirectory("plans-hang-");
        try
        {
            var script = Path.Combine(folder.FullName, "soffice");
            var childPid = Path.Combine(folder.FullName, "child.pid");
            File.WriteAllText(script, $"#!/bin/sh\nsleep 300 &\necho $! > '{childPid}'\nwait\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var converter = new LibreOfficeConverter(new LibreOfficeOptions { Executable = script, Deadline = TimeSpan.FromSeconds(1) });

            var clock = Stopwatch.StartNew();
            var converted = converter.ToDocx(new SourceFile("treo.rtf", "{\\rtf1 x}"u8.ToArray()), LegacyFormat.Rtf);

            Assert.Equal("LibreOffice did not finish converting the RTF within 1 s (stopped)", converted.Error);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
            var pid = int.Parse(File.ReadAllText(childPid).Trim());
            Assert.True(SpinWait.SpinUntil(() => !IsRunning(pid), TimeSpan.FromSeconds(10)), $"child process {pid} still running");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Conversions_run_in_parallel_with_private_profiles()
    {
        var rtf = "{\\rtf1\\ansi K\\u7871? ho\\u7841?ch c\\u7843?i ti\\u7871?n ch\\u7845?t l\\u432?\\u7907?ng\\par}"u8.ToArray();
        var converter = new LibreOfficeConverter();

        var results = Enumerable.Range(0, 2).AsParallel().WithDegreeOfParallelism(2)
            .Select(i => converter.ToDocx(new SourceFile($"song song {i}.rtf", rtf), LegacyFormat.Rtf))
            .ToList();

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        var read = new Analytics.Ingest.Readers.Docx.DocxReader().Read(new SourceFile("a.docx", results[0].Value));
        Assert.Equal("Kế hoạch cải tiến chất lượng", Assert.IsType<Model.TextBlock>(Assert.Single(read.Value.Blocks)).Text);
    }

    // A killed child is gone or a zombie waiting for its reaper; either way it no longer runs.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
