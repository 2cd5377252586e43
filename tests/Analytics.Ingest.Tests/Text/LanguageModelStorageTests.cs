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

    /// <summary>Seen once, so its new trigrams and 4-grams fall below a cutoff of 2 and are pruned.</summary>
    private static readonly string[] SeenOnce = ["Học sinh trường Phú Mậu xây dựng kế hoạch học tập của lớp."];

    private static LanguageModelData TrainTiny(int fourgramCutoff = 0)
    {
        using var stream = new MemoryStream();
        LanguageModelTrainer.Train([new TrainingSource(Training, 3), new TrainingSource(SeenOnce)], stream,
            new KneserNeyOptions(TrigramCutoff: 2, FourgramCutoff: fourgramCutoff));
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
    public void Every_fourgram_score_is_the_stored_fourgram_or_the_history_backoff_plus_the_trigram_score()
    {
        var data = TrainTiny(fourgramCutoff: 2);
        var model = data.ToModel();
        var layer = data.Fourgrams!;
        var fourgrams = Enumerable.Range(0, layer.Keys.Length).ToDictionary(i => layer.Keys[i], i => layer.Codebook[layer.Codes[i]]);
        var backoffs = Enumerable.Range(0, layer.BackoffKeys.Length).ToDictionary(i => layer.BackoffKeys[i], i => layer.BackoffCodebook[layer.BackoffCodes[i]]);
        Assert.Equal(4, model.Order);
        Assert.True(layer.Keys.Length > 10, "the tiny model should keep some 4-grams");
        Assert.DoesNotContain(layer.Keys, k => !data.TrigramKeys.Contains(k >> 16));
        var v = model.VocabularySize;
        // Every history the model has, and as many histories it lacks, against every next word.
        var histories = data.TrigramKeys.Concat(data.TrigramKeys.Select(k => k ^ 1).Where(k => (int)(k & 0xFFFF) < v)).Distinct();
        foreach (var history in histories)
        {
            int a = (int)(history >> 32), b = (int)((history >> 16) & 0xFFFF), c = (int)(history & 0xFFFF);
            for (var d = 1; d < v; d++)
            {
                var expected = fourgrams.TryGetValue(NgramKeys.Key(a, b, c, d), out var f) ? f
                    : backoffs.GetValueOrDefault(history) + model.Score(b, c, d);
                Assert.Equal(expected, model.Score(a, b, c, d));
            }
        }
    }

    [Fact]
    public void A_fourgram_layer_leaves_the_trigram_model_as_it_was()
    {
        var trigram = TrainTiny();
        var layered = TrainTiny(fourgramCutoff: 2);
        Assert.Null(trigram.Fourgrams);
        Assert.Equal(trigram.TrigramKeys, layered.TrigramKeys);
        Assert.Equal(trigram.TrigramCodebook, layered.TrigramCodebook);
        Assert.Equal(trigram.BackoffKeys, layered.BackoffKeys);
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
        Assert.Null(again.Fourgrams);
    }

    [Fact]
    public void Model_file_round_trip_keeps_the_fourgram_layer()
    {
        var data = TrainTiny(fourgramCutoff: 2);
        using var stream = new MemoryStream();
        LanguageModelFile.Write(data, stream);
        stream.Position = 0;
        var again = LanguageModelFile.Read(stream).Value.Fourgrams!;
        Assert.Equal(data.Fourgrams!.Keys, again.Keys);
        Assert.Equal(data.Fourgrams.Codes, again.Codes);
        Assert.Equal(data.Fourgrams.BackoffKeys, again.BackoffKeys);
        Assert.Equal(data.Fourgrams.BackoffCodebook, again.BackoffCodebook);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Beam_search_with_a_wide_beam_finds_the_best_path_of_a_small_lattice(int fourgramCutoff)
    {
        var model = TrainTiny(fourgramCutoff).ToModel();
        var random = new Random(7);
        var words = Enumerable.Range(SyllableLanguageModel.FirstSyllable, model.VocabularySize - SyllableLanguageModel.FirstSyllable).ToArray();
        var decoder = new BeamDecoder(model, beamWidth: 512, beamThreshold: float.PositiveInfinity);
        for (var trial = 0; trial < 30; trial++)
        {
            var slots = Enumerable.Range(0, random.Next(1, 6))
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
        int z = SyllableLanguageModel.SentenceStart, a = z, b = z;
        var total = 0f;
        for (var i = 0; i < slots.Length; i++)
        {
            var c = slots[i].Id(choice[i]);
            total += model.Score(z, a, b, c);
            (z, a, b) = (a, b, c);
        }
        return total + model.Score(z, a, b, SyllableLanguageModel.SentenceEnd);
    }
}
