namespace Analytics.Ingest.Model;

/// <summary>Where a block came from: the file, the page (1-based, when the format has pages) and the
/// block's order on that page or in the file. <see cref="Box"/> is set by layout-aware readers (PDF, OCR).</summary>
public sealed record Provenance(string File, int? Page, int Index, BoundingBox? Box = null)
{
    public override string ToString() => Page is { } p ? $"{File} p.{p} #{Index}" : $"{File} #{Index}";
}

/// <summary>An axis-aligned box in page units (points for PDF, pixels for images); origin top-left.</summary>
public readonly record struct BoundingBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
}
