namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>A collection model mixed with the base model: P = λ·P_collection + (1−λ)·P_base. Both share
/// the base vocabulary (the collection model is trained with it fixed), so ids agree.</summary>
public sealed class InterpolatedScorer(SyllableLanguageModel baseModel, SyllableLanguageModel collection, double collectionWeight = 0.3) : ISyllableScorer
{
    private readonly float _logBase = (float)Math.Log10(1 - collectionWeight);
    private readonly float _logCollection = (float)Math.Log10(collectionWeight);

    public int VocabularySize => baseModel.VocabularySize;
    public int Id(string syllable) => baseModel.Id(syllable);
    public string Word(int id) => baseModel.Word(id);

    public float Score(int a, int b, int c) => LogAdd(_logBase + baseModel.Score(a, b, c), _logCollection + collection.Score(a, b, c));

    public float CaseScore(int id, CaseShape shape) => baseModel.CaseScore(id, shape);

    public float Score(int c) => LogAdd(_logBase + baseModel.Score(c), _logCollection + collection.Score(c));

    private static float LogAdd(float x, float y)
    {
        var (hi, lo) = x > y ? (x, y) : (y, x);
        return hi + (float)Math.Log10(1 + Math.Pow(10, lo - hi));
    }
}
