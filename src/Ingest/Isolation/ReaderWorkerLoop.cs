using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Isolation;

/// <summary>The reader process's side: files in on stdin, plans or reasons out on stdout, one at a time,
/// until stdin ends. What a reader cannot survive (stack overflow) ends the process; the pool sees it.</summary>
public static class ReaderWorkerLoop
{
    /// <summary>Exit status after an out-of-memory: the heap may be in no state for another file.</summary>
    public const int ExitAfterOutOfMemory = 3;

    public static int Run(IFileIngest pipeline, Stream input, Stream output)
    {
        while (true)
        {
            var header = WorkerFrames.Read(input);
            var content = header is null ? null : WorkerFrames.Read(input);
            if (header is null || content is null) return 0;

            var request = WorkerJson.Decode<WorkerRequest>(header);
            var (reply, fatal) = ReadOne(pipeline, new SourceFile(request.Source, content));
            WorkerFrames.Write(output, WorkerJson.Encode(reply));
            if (fatal) return ExitAfterOutOfMemory;
        }
    }

    private static (WorkerReply Reply, bool Fatal) ReadOne(IFileIngest pipeline, SourceFile file)
    {
        try
        {
            return (WorkerReply.From(pipeline.Ingest(file)), false);
        }
        catch (OutOfMemoryException)
        {
            return (new WorkerReply([], FailureReasons.OutOfMemory), true);
        }
        catch (Exception e)
        {
            return (new WorkerReply([], FailureReasons.ReaderFault(e)), false);
        }
    }
}
