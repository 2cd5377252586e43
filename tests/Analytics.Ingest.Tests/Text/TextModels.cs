using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Tests.Text;

/// <summary>The built-in model and repair, loaded once for all text tests.</summary>
internal static class TextModels
{
    private static readonly Lazy<VietnameseTextRepair> Shared = new(() => new VietnameseTextRepair(LanguageModelStore.Base.Value));

    public static VietnameseTextRepair Repair => Shared.Value;

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Text", "Data", name);

    public static string[] DataLines(string name) =>
        File.ReadAllLines(DataPath(name)).Where(l => l.Length > 0).ToArray();
}
