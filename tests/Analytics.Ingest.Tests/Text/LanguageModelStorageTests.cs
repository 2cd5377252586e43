using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;

namespace Analytics.Ingest.Tests.Text;

/// <summary>The model's in-memory layout (history index + sorted successor blocks) must give exactly the
/// backoff scores of the stored n-grams; checked against a plain dictionary reading of the same data.</summary>
public sealed class LanguageModelStorageTests
{
    private static readonly string[] Training =
    [
        "Nhà trường xây dựng kế hoạch cải tiến chất lượng giáo dục.",
        "Nhà trường tổ chức bồi dưỡng giáo viên; giáo viên xây dựng kế hoạch bài dạy.",
        "Trường Tiểu học Phú Mậu có 16 lớp. Phòng học của trường Phú Mậu đã xuống cấp.",
        "Kế hoạch cải tiến chất lượng được Phú Mậu rà soát. Học sinh trường học tập tốt.",
        "Giáo viên chất lượng cao. Chất lượng giáo dục của nhà trường được nâng cao.",
    ];

    private static LanguageModelData TrainTiny()
    {
        using var stream = new MemoryStream();
        LanguageModelTrainer.Train([new TrainingSource(Training, 3)], stream, new KneserNeyOptions(TrigramCutoff: 2));
        stream.Position = 0;
        return LanguageModelFile.Read(stream).Value;
    }

    [Fact]
    public void Every_trigram_score_matches_a_dictionary_reading_of_the_stored_model()
    {
        var data = TrainTiny();
        var model = data.ToModel();
        var trigrams = Enumerable.Range(0, data.TrigramKeys.Length).ToDictionary(i => data.TrigramKeys[i], i => data.TrigramCodebook[data.TrigramCodes[i]]);
        var bigrams = Enumerable.Range(0, data.BigramKeys.Length).ToDictionary(i => data.BigramKeys[i], i => data.BigramCodebook[data.BigramCodes[i]]);
        var backoffs = Enumerable.Range(0, data.BackoffKeys.Length).ToDictionary(i => data.BackoffKeys[i], i => data.BackoffCodebook[data.BackoffCodes[i]]);
        float Reference(int a, int b, int c)
        {
            if (trigrams.TryGetValue(NgramKeys.Key(a, b, c), out var t)) return t;
            var w = backoffs.GetValueOrDefault(NgramKeys.Key(a, b));
            return w + (bigrams.TryGetValue(NgramKeys.Key(b, c), out var p) ? p : data.UnigramBackoff[b] + data.Unigram[c]);
        }
        var v = model.VocabularySize;
        Assert.True(data.TrigramKeys.Length > 10, "the tiny model should keep some trigrams");
        for (var a = 0; a < v; a++)
            for (var b = 0; b < v; b++)
                for (var c = 1; c < v; c++)
                    Assert.Equal(Reference(a, b, c), model.Score(a, b, c));
    }

    [Fact]
    public void A_name_seen_capitalised_inside_sentences_scores_higher_capitalised_than_a_common_word()
    {
        var model = TrainTiny().ToModel();
        var name = model.Id("mậu");
        var common = model.Id("lượng");
        Assert.True(model.CaseScore(name, CaseShape.Capitalised) > model.CaseScore(common, CaseShape.Capitalised));
        Assert.True(model.CaseScore(name, CaseShape.Lower) < model.CaseScore(common, CaseShape.Lower));
        Assert.Equal(0f, model.CaseScore(name, CaseShape.Other));
    }

    [Fact]
    public void Model_file_round_trip_keeps_the_case_channel()
    {
        var data = TrainTiny();
        using var stream = new MemoryStream();
        LanguageModelFile.Write(data, stream);
        stream.Position = 0;
        var again = LanguageModelFile.Read(stream).Value;
        Assert.Equal(data.CapitalisedLog, again.CapitalisedLog);
        Assert.Equal(data.TrigramKeys, again.TrigramKeys);
    }

    [Fact]
    public void Beam_search_with_a_wide_beam_finds_the_best_path_of_a_small_lattice()
    {
        var model = TrainTiny().ToModel();
        var random = new Random(7);
        var words = Enumerable.Range(SyllableLanguageModel.FirstSyllable, model.VocabularySize - SyllableLanguageModel.FirstSyllable).ToArray();
        var decoder = new BeamDecoder(model, beamWidth: 512, beamThreshold: float.PositiveInfinity);
        for (var trial = 0; trial < 30; trial++)
        {
            var slots = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new LatticeSlot(Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]).Distinct().ToArray()))
                .ToArray();
            var (choice, score) = decoder.Decode(slots);
            var best = Exhaustive(model, slots);
            Assert.Equal(best, score, 3);
            Assert.Equal(best, PathScore(model, slots, choice), 3);
        }
    }

    private static float Exhaustive(SyllableLanguageModel model, LatticeSlot[] slots)
    {
        var best = float.NegativeInfinity;
        var choice = new int[slots.Length];
        void Walk(int i)
        {
            if (i == slots.Length)
            {
                best = Math.Max(best, PathScore(model, slots, choice));
                return;
            }
            for (var k = 0; k < slots[i].Count; k++)
            {
                choice[i] = k;
                Walk(i + 1);
            }
        }
        Walk(0);
        return best;
    }

    private static float PathScore(SyllableLanguageModel model, LatticeSlot[] slots, int[] choice)
    {
        int a = SyllableLanguageModel.SentenceStart, b = SyllableLanguageModel.SentenceStart;
        var total = 0f;
        for (var i = 0; i < slots.Length; i++)
        {
            var c = slots[i].Id(choice[i]);
            total += model.Score(a, b, c);
            (a, b) = (b, c);
        }
        return total + model.Score(a, b, SyllableLanguageModel.SentenceEnd);
    }
}
