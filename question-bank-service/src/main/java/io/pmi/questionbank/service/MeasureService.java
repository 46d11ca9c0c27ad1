package io.pmi.questionbank.service;

import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.Measure;
import io.pmi.questionbank.repository.MeasureRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Measures: what questions for different roles share so that their answers compare across sources. The first
 * question naming a key makes the measure; later ones must agree with its type, scale range and option values.
 * Also the measures a tenant sees, with the roles asked them: what reports compare.
 */
@ApplicationScoped
public class MeasureService {

    public record PageOfMeasures(List<Measure> items, Map<String, Set<SourceRole>> roles, long total) {
    }

    private final MeasureRepository measures;
    private final QuestionRepository questions;
    private final CurrentTenant tenant;

    public MeasureService(MeasureRepository measures, QuestionRepository questions, CurrentTenant tenant) {
        this.measures = measures;
        this.questions = questions;
        this.tenant = tenant;
    }

    /** One page in key order, with the roles of all its measures in one more query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOfMeasures list(String dimension, Source source, int page, int size) {
        String only = source == null ? null : source.tenant(tenant.id());
        long total = measures.total(dimension, only);
        List<Measure> items = total == 0 ? List.of() : measures.page(dimension, only, page, size);
        return new PageOfMeasures(items, measures.rolesAsked(items.stream().map(m -> m.key).toList()), total);
    }

    /**
     * The question joins its measure, or makes it; a measure used by other questions keeps its type, range and
     * options (422 measure-mismatch otherwise). A tenant's measure that only this question uses follows it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(Question question, QuestionContent content, Dimension dimension, Topic topic) {
        AnswerSpec spec = AnswerSpec.of(content);
        Measure measure = measures.findVisible(content.measure()).orElse(null);
        if (measure == null) {
            measure = new Measure();
            measure.id = UUID.randomUUID().toString();
            measure.key = content.measure();
            define(measure, content, spec, dimension, topic);
            measures.persist(measure);
            return;
        }
        if (measure.type == content.type() && measure.answerSpec.comparableWith(spec)) {
            return;
        }
        if (!measure.isLibrary() && questions.countUsingMeasure(measure.key, question.id) == 0) {
            define(measure, content, spec, dimension, topic);
            return;
        }
        throw new ProblemException(QuestionBankProblems.MEASURE_MISMATCH, "Measure '" + measure.key + "' is answered "
                + measure.answerSpec.describe(measure.type) + "; this question is " + spec.describe(content.type())
                + ". Use the measure's type and values so answers compare across sources, or name another measure.",
                List.of(FieldError.body("measure", "mismatch", "Disagrees with measure '" + measure.key + "'.")),
                Map.of(), Map.of());
    }

    /** Deletes a tenant's measure that no question names any more ({@code question} is about to stop naming it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dropIfUnused(String key, Question question) {
        if (question != null && key.equals(question.measureKey)) {
            return;
        }
        String exceptId = question == null ? "" : question.id;
        measures.findVisible(key).filter(m -> !m.isLibrary())
                .filter(m -> questions.countUsingMeasure(key, exceptId) == 0)
                .ifPresent(measures::delete);
    }

    private static void define(Measure measure, QuestionContent content, AnswerSpec spec, Dimension dimension,
                               Topic topic) {
        measure.type = content.type();
        measure.answerSpec = spec;
        measure.dimension = dimension;
        measure.topic = topic;
    }
}
