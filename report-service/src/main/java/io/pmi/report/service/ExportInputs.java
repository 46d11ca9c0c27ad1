package io.pmi.report.service;

import io.pmi.report.client.interview.InterviewRecords;
import io.pmi.report.domain.Direction;
import io.pmi.report.domain.IndicatorKind;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput;

import java.util.List;

/** interview-service's export, as the analysis reads it: wire strings become the domain's enums. */
final class ExportInputs {

    private ExportInputs() {
    }

    static AnalysisInput.Campaign campaign(InterviewRecords.Campaign campaign) {
        return new AnalysisInput.Campaign(campaign.anonymityThreshold(), campaign.gapThreshold(), campaign.period());
    }

    static AnalysisInput.Subject subject(InterviewRecords.Subject subject) {
        return new AnalysisInput.Subject(subject.externalId(), subject.department(),
                list(subject.performanceRecords()).stream().map(ExportInputs::record).toList());
    }

    static AnalysisInput.Interview interview(InterviewRecords.Item item) {
        return new AnalysisInput.Interview(item.id(), item.version(), SourceRole.parse(item.sourceRole()),
                item.completedAt(), list(item.questions()).stream().map(ExportInputs::question).toList(),
                list(item.answers()).stream().map(ExportInputs::answer).toList(),
                list(item.emotions()).stream().map(e -> new AnalysisInput.EmotionNote(e.id(), e.questionKey(),
                        e.emotion(), e.intensity(), e.acknowledged())).toList());
    }

    /** The subject's managers upward, who may read the report's MANAGER audience. */
    static List<String> managers(InterviewRecords.Subject subject) {
        return subject.managerChain() == null ? List.of() : list(subject.managerChain().managers()).stream()
                .map(InterviewRecords.Manager::externalId).toList();
    }

    static AnalysisInput.PerformanceRecord record(InterviewRecords.PerformanceRecord record) {
        return new AnalysisInput.PerformanceRecord(record.id(), record.period(), record.periodStart(),
                record.indicator(), IndicatorKind.parse(record.kind()), record.target(), record.actual(),
                Direction.parse(record.direction()), record.attainment());
    }

    private static AnalysisInput.Question question(InterviewRecords.Question question) {
        return new AnalysisInput.Question(question.key(), question.dimension(), question.topic(), question.measure(),
                QuestionType.parse(question.type()),
                list(question.options()).stream().map(InterviewRecords.Option::value).toList(),
                question.scale() == null ? null : new AnalysisInput.Scale(question.scale().min(),
                        question.scale().max()), question.askedOnSpot());
    }

    private static AnalysisInput.Answer answer(InterviewRecords.Answer answer) {
        return new AnalysisInput.Answer(answer.id(), answer.questionKey(), answer.text(), answer.scaleValue(),
                answer.choices(), answer.comment(), Stance.parse(answer.stance()), answer.tags(), answer.vague(),
                answer.redacted());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
