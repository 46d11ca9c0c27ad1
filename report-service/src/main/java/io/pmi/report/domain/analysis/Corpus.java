package io.pmi.report.domain.analysis;

import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.Answer;
import io.pmi.report.domain.analysis.AnalysisInput.Interview;
import io.pmi.report.domain.analysis.AnalysisInput.Question;
import io.pmi.report.domain.analysis.AnalysisInput.Scale;
import io.pmi.report.domain.analysis.ReportAnalysis.Notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The input sorted into measures and, per measure, one group per source role: what every figure of the report is
 * computed from. Interviews of an unknown role, questions of an unknown type, redacted answers and answers
 * without a usable value are dropped here, so nothing downstream sees them.
 */
final class Corpus {

    /** How a measure is asked: the answer spec (type, options, scale) and where the report places it. */
    record Definition(QuestionType type, String dimension, String topic, List<String> options, Scale scale) {

        static Definition of(Question question) {
            String dimension = blankToNull(question.dimension());
            String topic = blankToNull(question.topic());
            return new Definition(question.type(),
                    dimension == null ? LibraryMeasures.UNCLASSIFIED : dimension,
                    topic == null ? LibraryMeasures.UNCLASSIFIED : topic,
                    question.type().isChoice() ? question.options().stream().distinct().toList() : List.of(),
                    question.type() == QuestionType.SCALE
                            ? (question.scale() == null ? Scale.DEFAULT : question.scale()) : null);
        }

        boolean answersLike(Definition other) {
            return type == other.type && options.equals(other.options) && Objects.equals(scale, other.scale);
        }

        String canonical() {
            return type + "\u0001" + dimension + "\u0001" + topic + "\u0001" + String.join("\u0002", options)
                    + "\u0001" + (scale == null ? "" : scale.min() + ".." + scale.max());
        }
    }

    /** One interview's usable answers on one measure. */
    record Respondent(String interviewId, List<Answer> answers, Ratio rating, Set<String> choices) {
    }

    /**
     * The respondents of one role on one measure. What the analysis asks of a group many times (its answers, their
     * stances, its mean) is computed once: a campaign summary analyses every subject of the campaign.
     */
    static final class Group {

        final SourceRole role;
        final List<Respondent> respondents;
        final boolean usable;
        private final List<Answer> answers;
        private final Map<Stance, Integer> stances;
        private Ratio mean;

        Group(SourceRole role, List<Respondent> respondents, int k) {
            this.role = role;
            this.respondents = respondents.stream().sorted(Comparator.comparing(Respondent::interviewId)).toList();
            this.usable = !role.needsAnonymity() || respondents.size() >= k;
            this.answers = this.respondents.stream().flatMap(r -> r.answers().stream())
                    .sorted(Comparator.comparing(Answer::id)).toList();
            Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
            for (Stance stance : Stance.values()) {
                counts.put(stance, 0);
            }
            for (Answer answer : answers) {
                if (answer.stance() != null) {
                    counts.merge(answer.stance(), 1, Integer::sum);
                }
            }
            this.stances = Collections.unmodifiableMap(counts);
        }

        List<Answer> answers() {
            return answers;
        }

        List<Ratio> ratings() {
            return respondents.stream().map(Respondent::rating).toList();
        }

        Ratio mean() {
            if (mean == null) {
                mean = Ratio.mean(ratings());
            }
            return mean;
        }

        Map<String, Integer> distribution(List<String> options) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String option : options) {
                counts.put(option, (int) respondents.stream().filter(r -> r.choices().contains(option)).count());
            }
            return counts;
        }

        /** The option most respondents chose, or null when none or several share the most. */
        String modal(List<String> options) {
            Map<String, Integer> counts = distribution(options);
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey)
                    .toList();
            return max > 0 && top.size() == 1 ? top.get(0) : null;
        }

        /** Answers per stance, every stance in its declared order. */
        Map<Stance, Integer> stances() {
            return stances;
        }

        /** The stance of more than half of the coded answers, or null. */
        Stance majorityStance() {
            Map<Stance, Integer> counts = stances();
            int coded = counts.values().stream().mapToInt(Integer::intValue).sum();
            return counts.entrySet().stream().filter(e -> e.getValue() * 2 > coded).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        List<String> answersWithStance(Stance stance) {
            return answers().stream().filter(a -> a.stance() == stance).map(Answer::id).toList();
        }

        List<String> answersChoosing(String option) {
            return answers().stream().filter(a -> a.choices().contains(option)).map(Answer::id).toList();
        }

        List<String> answersRatedAtMost(Ratio cutoff) {
            return answers().stream().filter(a -> Ratio.of(a.scaleValue()).compareTo(cutoff) <= 0)
                    .map(Answer::id).toList();
        }

        List<String> answerIds() {
            return answers().stream().map(Answer::id).toList();
        }
    }

    /** One measure with its groups, in role order. */
    static final class MeasureData {

        final String key;
        final Definition definition;
        final Map<SourceRole, Group> groups;

        MeasureData(String key, Definition definition, Map<SourceRole, Group> groups) {
            this.key = key;
            this.definition = definition;
            this.groups = groups;
        }

        List<Group> usableGroups() {
            return groups.values().stream().filter(g -> g.usable).toList();
        }

        Group usable(SourceRole role) {
            Group group = groups.get(role);
            return group != null && group.usable ? group : null;
        }

        FindingType route() {
            return LibraryMeasures.route(key, definition.dimension(), definition.topic());
        }
    }

    /** An emotion of intensity 4 or more, noted on a usable answer. */
    record StrongEmotion(String emotionId, String interviewId, SourceRole role, String measure,
                         List<String> answerIds, boolean acknowledged) {
    }

    static final int STRONG_INTENSITY = 4;

    final List<Interview> interviews;
    final Map<String, MeasureData> measures;
    final List<StrongEmotion> strongEmotions;

    private Corpus(List<Interview> interviews, Map<String, MeasureData> measures, List<StrongEmotion> strongEmotions) {
        this.interviews = interviews;
        this.measures = measures;
        this.strongEmotions = strongEmotions;
    }

    /** Sorts the input; what it drops for a reason the reader should know goes to {@code notices}. */
    static Corpus of(AnalysisInput input, Set<Notice> notices) {
        int k = input.campaign().anonymityThreshold();
        List<Interview> known = new ArrayList<>();
        for (Interview interview : input.interviews()) {
            if (interview.sourceRole() == SourceRole.UNKNOWN) {
                notices.add(new Notice(NoticeCode.UNKNOWN_SOURCE_ROLE, interview.id()));
            } else {
                known.add(interview);
            }
        }
        known.sort(Comparator.comparing(Interview::id));

        // Each question's own definition, computed once: every answer of the campaign is checked against it.
        Map<Question, Definition> asked = new IdentityHashMap<>();
        Map<String, Definition> definitions = resolve(known, asked, notices);

        Map<String, Map<SourceRole, Map<String, List<Answer>>>> answered = new TreeMap<>();
        Map<String, List<String>> usableAnswers = new HashMap<>();
        for (Interview interview : known) {
            Map<String, Question> questions = questions(interview);
            for (Answer answer : interview.answers()) {
                Question question = questions.get(answer.questionKey());
                if (answer.redacted() || question == null) {
                    continue;
                }
                Definition definition = definitions.get(question.measureKey());
                if (!asked.get(question).answersLike(definition) || !hasValue(answer, definition)) {
                    continue;
                }
                answered.computeIfAbsent(question.measureKey(), m -> new EnumMap<>(SourceRole.class))
                        .computeIfAbsent(interview.sourceRole(), r -> new TreeMap<>())
                        .computeIfAbsent(interview.id(), i -> new ArrayList<>()).add(answer);
                usableAnswers.computeIfAbsent(interview.id() + "\u0000" + answer.questionKey(),
                        x -> new ArrayList<>()).add(answer.id());
            }
        }

        Map<String, MeasureData> measures = new TreeMap<>();
        answered.forEach((measure, byRole) -> {
            Definition definition = definitions.get(measure);
            Map<SourceRole, Group> groups = new EnumMap<>(SourceRole.class);
            byRole.forEach((role, byInterview) -> {
                List<Respondent> respondents = new ArrayList<>();
                byInterview.forEach((interviewId, answers) -> respondents.add(respondent(interviewId, answers,
                        definition)));
                groups.put(role, new Group(role, respondents, k));
            });
            measures.put(measure, new MeasureData(measure, definition, groups));
        });

        List<StrongEmotion> strong = new ArrayList<>();
        for (Interview interview : known) {
            Map<String, Question> questions = questions(interview);
            for (AnalysisInput.EmotionNote note : interview.emotions()) {
                Question question = questions.get(note.questionKey());
                List<String> on = usableAnswers.get(interview.id() + "\u0000" + note.questionKey());
                if (note.intensity() >= STRONG_INTENSITY && question != null && on != null) {
                    strong.add(new StrongEmotion(note.id(), interview.id(), interview.sourceRole(),
                            question.measureKey(), on.stream().sorted().toList(), note.acknowledged()));
                }
            }
        }
        strong.sort(Comparator.comparing(StrongEmotion::emotionId));
        return new Corpus(List.copyOf(known), measures, strong);
    }

    /** Per measure, the definition most interviews asked it with; a tie goes to the first canonical form. */
    private static Map<String, Definition> resolve(List<Interview> interviews, Map<Question, Definition> asked,
                                                   Set<Notice> notices) {
        Map<String, Map<Definition, Integer>> seen = new TreeMap<>();
        for (Interview interview : interviews) {
            for (Question question : interview.questions()) {
                if (question.type() == QuestionType.UNKNOWN) {
                    notices.add(new Notice(NoticeCode.UNKNOWN_QUESTION_TYPE, question.measureKey()));
                    continue;
                }
                Definition definition = Definition.of(question);
                asked.put(question, definition);
                seen.computeIfAbsent(question.measureKey(), m -> new HashMap<>()).merge(definition, 1, Integer::sum);
            }
        }
        Map<String, Definition> resolved = new HashMap<>();
        seen.forEach((measure, counts) -> {
            Definition chosen = counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<Definition, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(e -> e.getKey().canonical()))
                    .orElseThrow().getKey();
            if (counts.keySet().stream().anyMatch(d -> !d.answersLike(chosen))) {
                notices.add(new Notice(NoticeCode.MEASURE_DEFINITION_CONFLICT, measure));
            }
            resolved.put(measure, chosen);
        });
        return resolved;
    }

    private static Map<String, Question> questions(Interview interview) {
        Map<String, Question> byKey = new HashMap<>();
        for (Question question : interview.questions()) {
            if (question.type() != QuestionType.UNKNOWN) {
                byKey.put(question.key(), question);
            }
        }
        return byKey;
    }

    private static boolean hasValue(Answer answer, Definition definition) {
        return switch (definition.type()) {
            case OPEN -> answer.text() != null && !answer.text().isBlank();
            case SCALE -> answer.scaleValue() != null && answer.scaleValue() >= definition.scale().min()
                    && answer.scaleValue() <= definition.scale().max();
            case SINGLE_CHOICE, MULTI_CHOICE -> answer.choices().stream().anyMatch(definition.options()::contains);
            case UNKNOWN -> false;
        };
    }

    private static Respondent respondent(String interviewId, List<Answer> answers, Definition definition) {
        List<Answer> sorted = answers.stream().sorted(Comparator.comparing(Answer::id)).toList();
        Ratio rating = definition.type() == QuestionType.SCALE
                ? Ratio.mean(sorted.stream().map(a -> Ratio.of(a.scaleValue())).toList()) : null;
        Set<String> choices = new TreeSet<>();
        if (definition.type().isChoice()) {
            sorted.forEach(a -> a.choices().stream().filter(definition.options()::contains).forEach(choices::add));
        }
        return new Respondent(interviewId, sorted, rating, Set.copyOf(choices));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
