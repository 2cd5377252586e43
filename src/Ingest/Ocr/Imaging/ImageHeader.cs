namespace Analytics.Ingest.Ocr.Imaging;

/// <summary>What an image's header says, read without decoding the pixels. Resolution is 0 when unknown.</summary>
internal readonly record struct ImageHeader(int Width, int Height, int BitsPerSample, int SamplesPerPixel, int Resolution)
{
    public long Pixels => (long)Width * Height;
}
