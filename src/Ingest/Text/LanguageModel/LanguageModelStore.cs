using System.Reflection;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Where models come from: the base model embedded in the assembly (trained by
/// scripts/build-lm.sh), a file, or the collection model `plans train-lm` leaves in the data directory.</summary>
public static class LanguageModelStore
{
    private const string ResourceName = "Analytics.Ingest.Text.Model.vi-syllables.lm";

    /// <summary>File name of a collection-adapted model inside the data directory.</summary>
    public const string CollectionModelFile = "language-model.lm";

    private static readonly Lazy<Result<SyllableLanguageModel>> Embedded = new(LoadEmbedded);

    /// <summary>The base model shipped with the product (loaded once, shared).</summary>
    public static Result<SyllableLanguageModel> Base => Embedded.Value;

    public static Result<SyllableLanguageModel> Load(string path)
    {
        if (!File.Exists(path)) return Result<SyllableLanguageModel>.Failure($"{path}: no such model file");
        using var stream = File.OpenRead(path);
        var data = LanguageModelFile.Read(stream);
        return data.IsSuccess ? data.Value.ToModel() : Result<SyllableLanguageModel>.Failure($"{path}: {data.Error}");
    }

    /// <summary>The base model mixed with the collection model of <paramref name="dataDirectory"/> when
    /// `plans train-lm` made one there, else the base model alone.</summary>
    public static Result<ISyllableScorer> ForDataDirectory(string? dataDirectory)
    {
        var baseModel = Base;
        if (!baseModel.IsSuccess) return Result<ISyllableScorer>.Failure(baseModel.Error!);
        if (dataDirectory is not null)
        {
            var path = Path.Combine(dataDirectory, CollectionModelFile);
            if (File.Exists(path))
            {
                var collection = Load(path);
                if (!collection.IsSuccess) return Result<ISyllableScorer>.Failure(collection.Error!);
                if (collection.Value.VocabularySize != baseModel.Value.VocabularySize)
                    return Result<ISyllableScorer>.Failure($"{path}: trained for another base model; run `plans train-lm` again");
                return Result<ISyllableScorer>.Success(new InterpolatedScorer(baseModel.Value, collection.Value));
            }
        }
        return Result<ISyllableScorer>.Success(baseModel.Value);
    }

    /// <summary>The model's words in id order (for adapting it to a collection).</summary>
    public static IReadOnlyList<string>? BaseVocabulary() => Base.IsSuccess ? Base.Value.Vocabulary : null;

    private static Result<SyllableLanguageModel> LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null) return Result<SyllableLanguageModel>.Failure($"the product was built without its language model ({ResourceName})");
        var data = LanguageModelFile.Read(stream);
        return data.IsSuccess ? data.Value.ToModel() : Result<SyllableLanguageModel>.Failure($"embedded model: {data.Error}");
    }
}
