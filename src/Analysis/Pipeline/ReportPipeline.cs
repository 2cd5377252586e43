using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;
using Analytics.Analysis.Reports;
using Analytics.Analysis.Themes;
using Analytics.Ingest.Records;

namespace Analytics.Analysis.Pipeline;

/// <summary>From records in scope to a report: choose and train the gap classifier (unless categories
/// come from the records alone), resolve categories, compute the aggregates, find weakness themes
/// among the sentences that name no facility gap, and build the format-free report.</summary>
public static class ReportPipeline
{
    /// <summary>Starts choosing and training the gap classifier (seconds of work that does not depend on
    /// the records), so a caller can load the records meanwhile and pass the task to <see cref="Run"/>.</summary>
    public static Task<ClassifierChoice?> StartClassifier(ReportRequest request) => request.GapSource switch
    {
        GapSource.Record => Task.FromResult<ClassifierChoice?>(null),
        // The policy classifies by the keyword lexicon alone: nothing is trained, the lexicon is measured on the
        // held-out labels so the method note can say how often it is right.
        GapSource.Policy => Task.Run<ClassifierChoice?>(() => GapClassifierFactory.TrainStandard(KeywordGapClassifier.Instance)),
        _ => Task.Run<ClassifierChoice?>(() => request.CrossValidate
            ? GapClassifierFactory.ChooseStandard(request.Lexicon)
            : GapClassifierFactory.TrainStandard(request.Lexicon)),
    };

    public static (ReportDocument Report, ReportInput Input) Run(IReadOnlyList<PlanRecord> records, ReportRequest request,
        Task<ClassifierChoice?>? classifierTraining = null)
    {
        var choice = (classifierTraining ?? StartClassifier(request)).GetAwaiter().GetResult();
        var classifier = choice is null ? null : new CachingGapClassifier(choice.Classifier);
        var analyser = new PlanAnalyser(classifier, new PlanAnalyserOptions(request.GapSource));
        var plans = Analyse(records, analyser);
        // Themes and aggregates read the same plans independently.
        var themeSearch = request.FindThemes ? Task.Run<ThemeResult?>(() => new WeaknessThemeFinder().Find(NonFacilityWeaknesses(plans))) : Task.FromResult<ThemeResult?>(null);
        var analysis = AggregateCalculator.Compute(plans, new AggregateOptions(request.AsOf, request.Filter));
        var themes = themeSearch.GetAwaiter().GetResult();
        var input = new ReportInput(analysis, themes, choice, GapSourceNote(request.GapSource)) { Plans = plans };
        return (ReportBuilder.Build(input), input);
    }

    public static IReadOnlyList<AnalysedPlan> Analyse(IReadOnlyList<PlanRecord> records, PlanAnalyser analyser)
    {
        var plans = new AnalysedPlan[records.Count];
        Parallel.For(0, records.Count, i => plans[i] = analyser.Analyse(records[i]));
        return plans;
    }

    public static IReadOnlyList<WeaknessSentence> NonFacilityWeaknesses(IReadOnlyList<AnalysedPlan> plans) =>
        plans.SelectMany(p => p.Record.Weaknesses.Select((w, i) => (w, i, p)))
            .Where(x => x.p.WeaknessGaps[x.i].Count == 0)
            .Select(x => new WeaknessSentence(x.w, x.p.SchoolName))
            .ToList();

    private static string GapSourceNote(GapSource source) => source switch
    {
        GapSource.Record => "Nhóm thiếu hụt lấy theo dữ liệu kế hoạch (trường \"gaps\" của kế hoạch và của từng nội dung), không phân loại lại.",
        GapSource.Classifier => "Nhóm thiếu hụt của mọi nội dung cải tiến và câu hạn chế được xác định bằng bộ phân loại dưới đây, cộng với danh sách nhóm ghi trong kế hoạch.",
        _ => "Nhóm thiếu hụt theo cùng một quy tắc với dữ liệu kế hoạch và bộ lọc tìm kiếm: nhóm ghi trong kế hoạch; nội dung chưa có nhóm được phân loại bằng bộ từ khóa trên chính mục tiêu và giải pháp của nội dung đó, câu hạn chế bằng bộ từ khóa.",
    };
}
