namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>How n-grams are packed into one integer key: 16 bits per word id, oldest word highest, so
/// sorted keys group n-grams by their history.</summary>
internal static class NgramKeys
{
    public static ulong Key(int a, int b) => ((ulong)(uint)a << 16) | (uint)b;

    public static ulong Key(int a, int b, int c) => ((ulong)(uint)a << 32) | ((ulong)(uint)b << 16) | (uint)c;

    public static ulong Key(int a, int b, int c, int d) => ((ulong)(uint)a << 48) | Key(b, c, d);
}
