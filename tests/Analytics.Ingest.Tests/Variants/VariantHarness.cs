using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.Golden;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>Generates the layout variants of every corpus plan that can be varied, as Word and as plain text,
/// and compares what the default pipeline reads from each with its transformed expected record.</summary>
public static class VariantHarness
{
    public const int VariantsPerPlan = 3;
    public const int ProseVariantsPerPlan = 2;

    /// <summary>Folder to write the generated files into (for reading them by eye); none when unset.</summary>
    public const string OutputVariable = "VARIANTS_OUT";

    public static IEnumerable<VariantDocument> Variants()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Corpus, "*" + GoldenCorpus.ExpectedSuffix).Order(StringComparer.Ordinal))
        {
            var outcome = ExpectedOutcome.Load(path);
            if (outcome.Plans is not [var plan] || !VariantGenerator.CanVary(plan)) continue;
            var source = Path.GetFileName(path)[..^GoldenCorpus.ExpectedSuffix.Length];
            for (var i = 0; i < VariantsPerPlan; i++) yield return VariantGenerator.Make(source, i, plan);
            for (var i = 0; i < ProseVariantsPerPlan; i++) yield return VariantGenerator.MakeProse(source, i, plan);
            for (var i = 0; i < StructuralVariants.PerPlan; i++) yield return StructuralVariants.Make(source, i, plan);
            for (var i = 0; i < StructuralVariants.RoundElevenPerPlan; i++) yield return StructuralVariants.MakeRoundEleven(source, i, plan);
        }
    }

    public static IEnumerable<(VariantDocument Variant, DocumentComparison Comparison)> Measure(IngestPipeline pipeline)
    {
        var folder = Environment.GetEnvironmentVariable(OutputVariable);
        foreach (var variant in Variants())
        {
            foreach (var file in Files(variant))
            {
                if (folder is { Length: > 0 }) Save(folder, file, variant);
                var expected = new ExpectedOutcome([variant.Expected], null);
                yield return (variant, DocumentComparison.Of(file.Source, expected, pipeline.Ingest(file)));
            }
        }
    }

    private static IEnumerable<SourceFile> Files(VariantDocument variant)
    {
        var stem = variant.Id.Replace('#', '-');
        if (variant.Structure is not null)
        {
            yield return StructureDocx.Write(variant, stem + ".docx");
            yield return new SourceFile(stem + ".txt", System.Text.Encoding.UTF8.GetBytes(StructureText.Write(variant)));
            yield break;
        }
        yield return variant.Prose ? VariantDocx.WriteProse(variant, stem + ".docx") : VariantDocx.Write(variant, stem + ".docx");
        yield return new SourceFile(stem + ".txt", System.Text.Encoding.UTF8.GetBytes(variant.Prose ? VariantProse.Write(variant) : VariantText.Write(variant)));
    }

    private static void Save(string folder, SourceFile file, VariantDocument variant)
    {
        var part = Path.Combine(folder, variant.HeldOut ? "held-out" : "tuned");
        Directory.CreateDirectory(part);
        File.WriteAllBytes(Path.Combine(part, file.Source), file.Content.ToArray());
        File.WriteAllText(Path.Combine(part, Path.GetFileNameWithoutExtension(file.Source) + GoldenCorpus.ExpectedSuffix),
            System.Text.Json.JsonSerializer.Serialize(variant.Expected, RecordJson.Indented));
    }
}
