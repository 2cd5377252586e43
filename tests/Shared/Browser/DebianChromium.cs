using Microsoft.Playwright;

namespace Analytics.Testing;

/// <summary>Debian's Chromium, the browser the workspace tests drive. Its absence is a failure, not a skip:
/// CI installs it (scripts/ensure-deps.sh), so a missing browser means the machine is not set up and the
/// workspace would go untested without anyone noticing.</summary>
public static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    // Flags that keep a headless run quiet and offline on a CI machine running as root.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException($"{Path} is not installed: run scripts/ensure-deps.sh (the workspace tests need Debian's chromium).");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Flags });
    }
}
