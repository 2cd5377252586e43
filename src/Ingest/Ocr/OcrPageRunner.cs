namespace Analytics.Ingest.Ocr;

/// <summary>Recognises a document's pages in parallel (one page per worker), decoding each page only when
/// its worker starts, and returns the results in page order. A page that fails does not stop the others.</summary>
internal static class OcrPageRunner
{
    public static Result<OcrPage>[] RecognizeAll(IReadOnlyList<PageSource> pages, OcrEnginePool pool, CancellationToken cancellationToken)
    {
        var results = new Result<OcrPage>[pages.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Min(pool.Workers, Math.Max(1, pages.Count)),
            CancellationToken = cancellationToken,
        };
        // Chunk size 1: pages differ a lot in cost, and each decoded page must be released before the next.
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, pages.Count),
            System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, parallel, i => results[i] = RecognizeOne(pages[i], pool, cancellationToken));
        return results;
    }

    private static Result<OcrPage> RecognizeOne(PageSource page, OcrEnginePool pool, CancellationToken cancellationToken) =>
        pool.Use(engine =>
        {
            var decoded = page.Decode();
            if (!decoded.IsSuccess) return Result<OcrPage>.Failure($"page {page.Number}: {decoded.Error}");
            using var image = decoded.Value;
            return engine.Recognize(image, page.Number, cancellationToken);
        }, cancellationToken);
}
