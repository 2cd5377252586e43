namespace Analytics.Cli.Web;

/// <summary>Keeps the bytes of an upload that is about to be replaced under DATA/history/uploads, so an
/// explicit replacement never destroys the only copy of the earlier file.</summary>
internal static class UploadHistory
{
    public static void Keep(string dataDirectory, string uploadPath)
    {
        if (!File.Exists(uploadPath)) return;
        var folder = Path.Combine(dataDirectory, "history", "uploads");
        Directory.CreateDirectory(folder);
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        File.Copy(uploadPath, Path.Combine(folder, Path.GetFileNameWithoutExtension(uploadPath) + "." + stamp + ".upload"), overwrite: true);
    }
}
