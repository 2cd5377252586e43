namespace Analytics.Ingest.Ocr.Imaging;

/// <summary>Guards on page images, checked from the header before anything is decoded.</summary>
public sealed record ImageLimits
{
    /// <summary>Largest page decoded as is. 60 MP holds an A3 page at 400 dpi; a decoded page costs up to 4 bytes a pixel.</summary>
    public long MaxPixels { get; init; } = 60_000_000;

    /// <summary>Smallest side that can hold a line of text at all.</summary>
    public int MinSide { get; init; } = 32;

    public static ImageLimits Default { get; } = new();
}
