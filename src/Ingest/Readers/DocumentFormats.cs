namespace Analytics.Ingest.Readers;

/// <summary>One format of the catalogue: the name <see cref="FormatSniffer"/> gives it, the file name endings
/// it is usually sent with, whether a reader handles it and whether it is a page image (photo or scan).</summary>
public sealed record FileFormat(string Name, IReadOnlyList<string> Extensions, bool IsRead, bool IsImage = false);

/// <summary>The one catalogue of file formats: the folder walker takes the files whose names end like one of
/// them, the upload page offers the read ones, the workspace accepts what the sniffer names a read format and
/// groups page images by it. A format is always decided from the bytes; names only choose which files in a
/// folder are looked at (an unread format found there is reported with its reason, not skipped).</summary>
public static class DocumentFormats
{
    public static IReadOnlyList<FileFormat> All { get; } =
    [
        new("docx", [".docx", ".docm", ".dotx"], IsRead: true),
        new("doc", [".doc"], IsRead: true),
        new("rtf", [".rtf"], IsRead: true),
        new("odt", [".odt"], IsRead: true),
        new("xlsx", [".xlsx"], IsRead: true),
        new("pdf", [".pdf"], IsRead: true),
        new("text", [".txt", ".text"], IsRead: true),
        new("png", [".png"], IsRead: true, IsImage: true),
        new("jpeg", [".jpg", ".jpeg"], IsRead: true, IsImage: true),
        new("tiff", [".tif", ".tiff"], IsRead: true, IsImage: true),
        // Sent as plans often enough to be looked at in a folder, and refused with the reason.
        new("html", [".htm", ".html"], IsRead: false),
        new("zip", [".zip"], IsRead: false),
        new("unknown", [".bmp", ".gif", ".webp"], IsRead: false),
    ];

    /// <summary>Endings of the files a folder walk takes (no ending counts too: a plan saved without one).</summary>
    public static IReadOnlySet<string> WalkedExtensions { get; } =
        new HashSet<string>(All.SelectMany(f => f.Extensions).Append(""), StringComparer.OrdinalIgnoreCase);

    /// <summary>Endings of page images (a photographed or scanned plan's pages).</summary>
    public static IReadOnlySet<string> ImageExtensions { get; } =
        new HashSet<string>(All.Where(f => f.IsImage).SelectMany(f => f.Extensions), StringComparer.OrdinalIgnoreCase);

    /// <summary>The endings of the read formats, as a file picker's accept list (".docx,.doc,…").</summary>
    public static string PickerAccept { get; } = string.Join(',', All.Where(f => f.IsRead).SelectMany(f => f.Extensions));

    /// <summary>Whether a reader handles the format the sniffer named.</summary>
    public static bool IsRead(string format) => All.Any(f => f.IsRead && f.Name == format);

    /// <summary>Whether the format the sniffer named is a page image.</summary>
    public static bool IsImage(string format) => All.Any(f => f.IsImage && f.Name == format);
}
