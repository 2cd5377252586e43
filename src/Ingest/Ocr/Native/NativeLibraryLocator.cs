using System.Reflection;
using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>Finds Tesseract and Leptonica by their Debian sonames. Without -dev packages there is no
/// unversioned "libtesseract.so", so the default probing would fail; we try the versioned names first.
/// Also makes Tesseract single-threaded before it loads (see <see cref="OmpThreadLimit"/>).</summary>
internal static class NativeLibraryLocator
{
    internal const string Tesseract = "tesseract";
    internal const string Leptonica = "lept";
    internal const string LibC = "libc";

    private static readonly string[] TesseractNames = ["libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "tesseract53", "tesseract"];
    private static readonly string[] LeptonicaNames = ["liblept.so.5", "libleptonica.so.6", "liblept.so", "libleptonica.so", "libleptonica.6.dylib", "leptonica-1.82.0", "lept"];

    private static readonly string[] LibCNames = ["libc.so.6", "libc"];

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once for this assembly. Safe to call from any thread, any number of times.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLocator).Assembly, Resolve);
            _installed = true;
            OmpThreadLimit.ApplyBeforeNativeLoad();
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var candidates = libraryName switch
        {
            Tesseract => TesseractNames,
            Leptonica => LeptonicaNames,
            LibC => LibCNames,
            _ => null,
        };
        if (candidates is null) return IntPtr.Zero;
        foreach (var name in candidates)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle)) return handle;
        }
        throw new DllNotFoundException(MissingMessage(libraryName, candidates));
    }

    internal static string MissingMessage(string libraryName, IEnumerable<string> tried) =>
        $"OCR is unavailable: native library '{libraryName}' not found (tried {string.Join(", ", tried)}). " +
        "On Debian/Ubuntu install libtesseract5, liblept5 and tesseract-ocr-vie (scripts/ensure-deps.sh does it).";
}
