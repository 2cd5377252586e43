using System.Runtime.CompilerServices;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>How the decoder scores, split so shared work is done once: a history (a, b) is looked up once
/// per hypothesis and slot, a bigram (b, c) once per candidate and distinct last syllable, and only the
/// trigram per pair. log10 P(c | a b) = trigram when kept, else backoff(a b) + bigram(b c). With a 4-gram
/// layer, log10 P(d | a b c) = 4-gram when kept, else backoff(a b c) + trigram (b c d), where the 4-gram
/// history (a b c) is a <see cref="Context"/> found once per hypothesis and slot.
/// Implemented by structs so the generic decoder is specialised and inlined.</summary>
internal interface ITrigramScorer
{
    int Context(int a, int b, int c);
    float FourgramBackoff(int context);
    bool TryFourgram(int context, int d, out float score);
    int History(int a, int b);
    float Backoff(int history);
    bool TryTrigram(int history, int a, int b, int c, out float score);
    float Bigram(int b, int c);
    float Case(int c, CaseShape shape);
}

/// <summary>The product's model: histories no trigram continues skip the trigram table.</summary>
internal readonly struct ModelScorer(SyllableLanguageModel model) : ITrigramScorer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Context(int a, int b, int c) => model.Context(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float FourgramBackoff(int context) => model.FourgramBackoff(context);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFourgram(int context, int d, out float score) => model.TryFourgram(context, d, out score);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int History(int a, int b) => model.History(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Backoff(int history) => model.BackoffOf(history);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryTrigram(int history, int a, int b, int c, out float score) => model.TryTrigram(history, a, b, c, out score);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Bigram(int b, int c) => model.Score(b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Case(int c, CaseShape shape) => model.CaseScore(c, shape);
}

/// <summary>Any other scorer (mixtures, baselines): every pair is a plain trigram score.</summary>
internal readonly struct AnyScorer(ISyllableScorer model) : ITrigramScorer
{
    public int Context(int a, int b, int c) => -1;

    public float FourgramBackoff(int context) => 0f;

    public bool TryFourgram(int context, int d, out float score)
    {
        score = 0f;
        return false;
    }

    public int History(int a, int b) => 0;

    public float Backoff(int history) => 0f;

    public bool TryTrigram(int history, int a, int b, int c, out float score)
    {
        score = model.Score(a, b, c);
        return true;
    }

    public float Bigram(int b, int c) => 0f;

    public float Case(int c, CaseShape shape) => model.CaseScore(c, shape);
}
