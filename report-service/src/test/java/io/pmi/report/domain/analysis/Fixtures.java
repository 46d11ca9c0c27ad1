package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Direction;
import io.pmi.report.domain.IndicatorKind;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.Answer;
import io.pmi.report.domain.analysis.AnalysisInput.Campaign;
import io.pmi.report.domain.analysis.AnalysisInput.DisplayNames;
import io.pmi.report.domain.analysis.AnalysisInput.EmotionNote;
import io.pmi.report.domain.analysis.AnalysisInput.Interview;
import io.pmi.report.domain.analysis.AnalysisInput.PerformanceRecord;
import io.pmi.report.domain.analysis.AnalysisInput.Question;
import io.pmi.report.domain.analysis.AnalysisInput.Scale;
import io.pmi.report.domain.analysis.AnalysisInput.Subject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds analysis inputs from the library's measures, with readable ids: answer {@code <interview>/<measure>}. */
public final class Fixtures {

    /** The library questions the tests use: key → dimension, topic, type, options. */
    private static final Map<String, Question> LIBRARY = new LinkedHashMap<>();

    static {
        add("goals.strategy-clarity", "GOALS", "STRATEGY_AWARENESS", QuestionType.SCALE);
        add("goals.alignment-degree", "GOALS", "GOAL_ALIGNMENT", QuestionType.SCALE);
        add("indicators.kpi-reasonableness", "INDICATORS", "KPI_DESIGN", QuestionType.SCALE);
        add("indicators.kpi-reachability", "INDICATORS", "KPI_DESIGN", QuestionType.SINGLE_CHOICE,
                "EXCEEDED", "MET", "PARTLY", "OUT_OF_REACH");
        add("indicators.kpi-count", "INDICATORS", "KPI_DESIGN", QuestionType.OPEN);
        add("indicators.qualitative-measurement", "INDICATORS", "QUALITATIVE", QuestionType.OPEN);
        add("indicators.teamwork-rating", "INDICATORS", "QUALITATIVE", QuestionType.SCALE);
        add("feedback.frequency", "FEEDBACK", "FREQUENCY_MODE", QuestionType.SINGLE_CHOICE,
                "WEEKLY", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "RARELY");
        add("feedback.mode", "FEEDBACK", "FREQUENCY_MODE", QuestionType.SINGLE_CHOICE,
                "ONE_ON_ONE", "TEAM_MEETING", "WRITTEN", "INFORMAL");
        add("feedback.preferred-style", "FEEDBACK", "ACCEPTANCE", QuestionType.OPEN);
        add("feedback.agreement", "FEEDBACK", "ACCEPTANCE", QuestionType.SCALE);
        add("incentives.bonus-clarity", "INCENTIVES", "MATERIAL", QuestionType.SCALE);
        add("incentives.recognition", "INCENTIVES", "NON_MATERIAL", QuestionType.OPEN);
        add("difficulties.training-needs", "DIFFICULTIES", "SKILLS", QuestionType.MULTI_CHOICE,
                "PRODUCT", "SALES", "TOOLS", "MANAGEMENT", "COMMUNICATION");
        add("difficulties.resources", "DIFFICULTIES", "RESOURCES", QuestionType.SCALE);
        add("collaboration.cross-dept-smoothness", "COLLABORATION", "CROSS_DEPARTMENT", QuestionType.SCALE);
    }

    public static final DisplayNames NAMES = new DisplayNames(
            Map.of("GOALS", names("目标设定", "Goals"), "INDICATORS", names("考核指标", "Indicators"),
                    "FEEDBACK", names("反馈机制", "Feedback"), "INCENTIVES", names("激励措施", "Incentives"),
                    "DIFFICULTIES", names("工作困难", "Difficulties"),
                    "COLLABORATION", names("沟通协作", "Collaboration")),
            Map.ofEntries(Map.entry("STRATEGY_AWARENESS", names("公司战略认知", "Strategy awareness")),
                    Map.entry("GOAL_ALIGNMENT", names("目标对齐", "Goal alignment")),
                    Map.entry("KPI_DESIGN", names("KPI 的确定与合理性", "KPI design")),
                    Map.entry("QUALITATIVE", names("定性指标", "Qualitative indicators")),
                    Map.entry("FREQUENCY_MODE", names("反馈频率与方式", "Frequency and mode")),
                    Map.entry("ACCEPTANCE", names("反馈接受度与期望", "Acceptance")),
                    Map.entry("MATERIAL", names("物质激励", "Material incentives")),
                    Map.entry("NON_MATERIAL", names("非物质激励", "Non-material incentives")),
                    Map.entry("SKILLS", names("技能与培训需求", "Skills")),
                    Map.entry("RESOURCES", names("资源与流程障碍", "Resources")),
                    Map.entry("UPWARD", names("上下级沟通", "Upward communication")),
                    Map.entry("CROSS_DEPARTMENT", names("跨部门协作", "Cross-department work"))));

    private Fixtures() {
    }

    private static void add(String key, String dimension, String topic, QuestionType type, String... options) {
        LIBRARY.put(key, new Question(key, dimension, topic, key, type, List.of(options),
                type == QuestionType.SCALE ? new Scale(1, 5) : null, false));
    }

    private static Map<String, String> names(String zh, String en) {
        return Map.of("zh-CN", zh, "en", en);
    }

    static Question question(String measure) {
        Question question = LIBRARY.get(measure);
        if (question == null) {
            throw new IllegalArgumentException("no fixture question " + measure);
        }
        return question;
    }

    static String answerId(String interviewId, String measure) {
        return interviewId + "/" + measure;
    }

    public static InterviewBuilder interview(String id, SourceRole role) {
        return new InterviewBuilder(id, role);
    }

    public static PerformanceRecord kpi(String id, String period, String attainment) {
        return new PerformanceRecord(id, period, Periods.start(period), "销售额", IndicatorKind.KPI,
                new BigDecimal("100"), attainment == null ? null : new BigDecimal(attainment).movePointRight(2),
                Direction.HIGHER_IS_BETTER, attainment == null ? null : new BigDecimal(attainment));
    }

    static PerformanceRecord qualitative(String id, String period, String actual) {
        return new PerformanceRecord(id, period, Periods.start(period), "团队合作", IndicatorKind.QUALITATIVE, null,
                actual == null ? null : new BigDecimal(actual), Direction.HIGHER_IS_BETTER, null);
    }

    public static AnalysisInput input(int k, String period, List<PerformanceRecord> records,
                                      List<Interview> interviews) {
        return new AnalysisInput(new Campaign(k, null, period), new Subject("E1001", "销售部", records), interviews,
                NAMES);
    }

    static AnalysisInput input(List<PerformanceRecord> records, InterviewBuilder... interviews) {
        return input(3, "2026-H1", records, build(interviews));
    }

    public static List<Interview> build(InterviewBuilder... interviews) {
        List<Interview> built = new ArrayList<>();
        for (InterviewBuilder builder : interviews) {
            built.add(builder.build());
        }
        return built;
    }

    public static final class InterviewBuilder {

        private final String id;
        private final SourceRole role;
        private final Map<String, Question> questions = new LinkedHashMap<>();
        private final List<Answer> answers = new ArrayList<>();
        private final List<EmotionNote> emotions = new ArrayList<>();
        private Instant completedAt = Instant.parse("2026-07-01T08:00:00Z");

        private InterviewBuilder(String id, SourceRole role) {
            this.id = id;
            this.role = role;
        }

        public InterviewBuilder completedAt(String instant) {
            completedAt = Instant.parse(instant);
            return this;
        }

        public InterviewBuilder scale(String measure, int value) {
            return answer(measure, null, value, List.of(), null, null, false);
        }

        InterviewBuilder scale(String measure, int value, String comment, Stance stance) {
            return answer(measure, null, value, List.of(), comment, stance, false);
        }

        public InterviewBuilder choice(String measure, String... choices) {
            return answer(measure, null, null, List.of(choices), null, null, false);
        }

        public InterviewBuilder open(String measure, String text, Stance stance) {
            return answer(measure, text, null, List.of(), null, stance, false);
        }

        public InterviewBuilder redacted(String measure, int value) {
            return answer(measure, null, value, List.of(), null, Stance.NEGATIVE, true);
        }

        InterviewBuilder redactedOpen(String measure, String text, Stance stance) {
            return answer(measure, text, null, List.of(), null, stance, true);
        }

        InterviewBuilder answer(String measure, String text, Integer value, List<String> choices, String comment,
                                Stance stance, boolean redacted) {
            questions.putIfAbsent(measure, Fixtures.question(measure));
            answers.add(new Answer(answerId(id, measure), measure, text, value, choices, comment, stance,
                    List.of("tag-b", "tag-a"), false, redacted));
            return this;
        }

        InterviewBuilder question(Question question) {
            questions.put(question.key(), question);
            return this;
        }

        InterviewBuilder rawAnswer(Answer answer) {
            answers.add(answer);
            return this;
        }

        public InterviewBuilder emotion(String measure, int intensity, boolean acknowledged) {
            emotions.add(new EmotionNote(id + "/emotion/" + measure, measure, "FRUSTRATED", intensity, acknowledged));
            return this;
        }

        public Interview build() {
            return new Interview(id, 3, role, completedAt, List.copyOf(questions.values()), answers, emotions);
        }
    }
}
