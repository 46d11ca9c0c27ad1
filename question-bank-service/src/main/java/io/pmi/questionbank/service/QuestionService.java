package io.pmi.questionbank.service;

import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.QuestionRules;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.domain.Violation;
import io.pmi.questionbank.domain.lint.FieldFinding;
import io.pmi.questionbank.domain.lint.Severity;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionRole;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.repository.TopicRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Changing questions: create, copy, edit (a new content version once active), activate, retire, delete, and the
 * rows of an import. Each write checks the content's rules, its taxonomy and its measure, gates on lint where the
 * status asks for it, and keeps the search index in step.
 */
@ApplicationScoped
public class QuestionService {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final DimensionRepository dimensions;
    private final TopicRepository topics;
    private final QuestionReadService reads;
    private final MeasureService measures;
    private final QuestionSearchIndex searchIndex;
    private final QuestionLint lint;
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;

    public QuestionService(QuestionRepository questions, QuestionVersionRepository versions,
                           DimensionRepository dimensions, TopicRepository topics, QuestionReadService reads,
                           MeasureService measures, QuestionSearchIndex searchIndex, QuestionLint lint,
                           SecurityIdentity identity, CurrentTenant tenant) {
        this.questions = questions;
        this.versions = versions;
        this.dimensions = dimensions;
        this.topics = topics;
        this.reads = reads;
        this.measures = measures;
        this.searchIndex = searchIndex;
        this.lint = lint;
        this.identity = identity;
        this.tenant = tenant;
    }

    @Transactional
    public CurrentQuestion create(QuestionContent content, ContentLanguage language) {
        return create(content, null, language);
    }

    @Transactional
    public CurrentQuestion copy(String id, String key, ContentLanguage language) {
        Question original = reads.get(id);
        QuestionContent source = reads.current(original).content;
        String copyKey = key != null ? key : original.key + "-copy";
        QuestionContent content = new QuestionContent(copyKey, source.dimension(), source.topic(), source.measure(),
                source.type(), source.text(), source.variants(), source.options(), source.scale(), source.probes(),
                source.intent());
        if (questions.keyTaken(copyKey, "")) {
            throw new ProblemException(ProblemType.CONFLICT, "A question with key '" + copyKey + "' already exists: "
                    + "choose another key for the copy with ?key=.");
        }
        return create(content, original.id + "@" + original.contentVersion, language);
    }

    private CurrentQuestion create(QuestionContent content, String copiedFrom, ContentLanguage language) {
        Taxonomy taxonomy = validate(content);
        requireFreeKey(content.key(), "");
        Question question = new Question();
        question.id = UUID.randomUUID().toString();
        question.status = QuestionStatus.DRAFT;
        question.contentVersion = 1;
        question.copiedFrom = copiedFrom;
        question.createdAt = now();
        apply(question, content, taxonomy);
        measures.join(question, content, taxonomy.dimension(), taxonomy.topic());
        questions.persist(question);
        addVersion(question, content);
        questions.flush();
        searchIndex.index(question);
        return new CurrentQuestion(question, content, lint.lint(content, language));
    }

    /** One content version of a question being imported. */
    public record ImportedVersion(int number, Instant createdAt, String createdBy, QuestionContent content) {
    }

    /**
     * Stores an imported question with all its versions, checked like the API's writes: each version's content,
     * the current one against its measure and, for an ACTIVE question, against the linter. Problems carry paths
     * relative to the imported question.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Question restore(String key, QuestionStatus status, String copiedFrom, Instant createdAt,
                            Instant updatedAt, List<ImportedVersion> imported, ContentLanguage language) {
        List<FieldError> errors = new ArrayList<>();
        Taxonomy taxonomy = null;
        for (int i = 0; i < imported.size(); i++) {
            ImportedVersion version = imported.get(i);
            String at = "versions[" + i + "]";
            if (version.number() != i + 1) {
                errors.add(FieldError.body(at + ".version", "out-of-sequence", "Versions are numbered 1, 2, 3… in "
                        + "order; expected " + (i + 1) + "."));
            }
            try {
                taxonomy = validate(version.content());
            } catch (ProblemException e) {
                e.errors().forEach(error -> errors.add(FieldError.body(at + ".content." + error.path(), error.code(),
                        error.message())));
            }
        }
        QuestionContent current = imported.get(imported.size() - 1).content();
        if (!current.key().equals(key)) {
            errors.add(FieldError.body("key", "mismatch", "The key is the current version's key, '" + current.key()
                    + "'."));
        }
        if (status == QuestionStatus.ACTIVE) {
            // An active question may not hold lint errors; each is named at its text, in the caller's language.
            String at = "versions[" + (imported.size() - 1) + "].content.";
            lint.lint(current, language).stream().filter(f -> f.severity() == Severity.ERROR)
                    .forEach(f -> errors.add(FieldError.body(at + f.field(), "lint-error",
                            f.code() + ": " + f.message())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Question question = new Question();
        question.id = UUID.randomUUID().toString();
        question.status = status;
        question.contentVersion = imported.size();
        question.copiedFrom = copiedFrom;
        apply(question, current, taxonomy);
        question.createdAt = createdAt;
        question.updatedAt = updatedAt;
        measures.join(question, current, taxonomy.dimension(), taxonomy.topic());
        questions.persist(question);
        for (ImportedVersion version : imported) {
            QuestionVersion row = new QuestionVersion();
            row.id = UUID.randomUUID().toString();
            row.questionId = question.id;
            row.number = version.number();
            row.content = version.content();
            row.createdAt = version.createdAt();
            row.createdBy = version.createdBy();
            versions.persist(row);
        }
        questions.flush();
        searchIndex.index(question);
        return question;
    }

    @Transactional
    public CurrentQuestion update(String id, String ifMatch, QuestionContent content, ContentLanguage language) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.RETIRED) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION,
                    "A retired question cannot be edited; activate it again first.");
        }
        QuestionVersion current = reads.current(question);
        if (content.equals(current.content)) {
            return new CurrentQuestion(question, content, lint.lint(content, language));
        }
        Taxonomy taxonomy = validate(content);
        requireFreeKey(content.key(), question.id);
        List<FieldFinding> findings = question.status == QuestionStatus.ACTIVE
                ? lint.requireNoErrors(content, language, "An active question")
                : lint.lint(content, language);
        String previousMeasure = question.measureKey;
        apply(question, content, taxonomy);
        measures.join(question, content, taxonomy.dimension(), taxonomy.topic());
        if (question.status == QuestionStatus.ACTIVE) {
            question.contentVersion++;
            addVersion(question, content);
        } else {
            current.content = content;
            current.createdAt = question.updatedAt;
        }
        measures.dropIfUnused(previousMeasure, question);
        questions.flush();
        searchIndex.index(question);
        return new CurrentQuestion(question, content, findings);
    }

    @Transactional
    public CurrentQuestion activate(String id, String ifMatch, ContentLanguage language) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.ACTIVE) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION, "The question is already active.");
        }
        QuestionContent content = reads.current(question).content;
        List<FieldFinding> findings = lint.requireNoErrors(content, language, "The question");
        question.status = QuestionStatus.ACTIVE;
        question.updatedAt = now();
        questions.flush();
        return new CurrentQuestion(question, content, findings);
    }

    @Transactional
    public CurrentQuestion retire(String id, String ifMatch) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.RETIRED) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION, "The question is already retired.");
        }
        question.status = QuestionStatus.RETIRED;
        question.updatedAt = now();
        questions.flush();
        return new CurrentQuestion(question, reads.current(question).content, null);
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Question question = writable(id, ifMatch);
        if (question.status != QuestionStatus.DRAFT) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION, "Only drafts can be deleted; retire "
                    + "a question that has been active.");
        }
        if (questions.usedByGuides(question.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "A guide uses this question: take it out of the guide "
                    + "first.");
        }
        String measure = question.measureKey;
        questions.delete(question);
        questions.flush();
        measures.dropIfUnused(measure, null);
    }

    private Question writable(String id, String ifMatch) {
        Question question = reads.get(id);
        if (question.isLibrary()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Questions of the built-in library cannot be changed; "
                    + "copy one into your bank with POST /api/v1/questions/{id}/copy.");
        }
        ETags.requireMatch(ifMatch, question.revision);
        return question;
    }

    private record Taxonomy(Dimension dimension, Topic topic) {
    }

    /** The content's own rules and its taxonomy; every violation is reported at once, with its JSON path. */
    private Taxonomy validate(QuestionContent content) {
        List<FieldError> errors = new ArrayList<>();
        Taxonomy taxonomy = taxonomy(content.dimension(), content.topic(), errors);
        for (Violation violation : QuestionRules.check(content)) {
            errors.add(FieldError.body(violation.path(), violation.code(), violation.message()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return taxonomy;
    }

    /**
     * The errors of a question's taxonomy references, at {@code dimension} and {@code topic}; null for a code that
     * is invalid anyway, which is then not looked up (nor, for the dimension, its topic).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> taxonomyErrors(String dimension, String topic) {
        List<FieldError> errors = new ArrayList<>();
        if (dimension != null) {
            taxonomy(dimension, topic, errors);
        }
        return errors;
    }

    private Taxonomy taxonomy(String dimensionCode, String topicCode, List<FieldError> errors) {
        Dimension dimension = dimensions.find("code", dimensionCode).firstResult();
        Topic topic = null;
        if (dimension == null) {
            errors.add(FieldError.body("dimension", "unknown", "No dimension has code '" + dimensionCode + "'."));
        } else if (topicCode != null) {
            topic = topics.find("code = ?1 and dimension = ?2", topicCode, dimension).firstResult();
            if (topic == null) {
                errors.add(FieldError.body("topic", "unknown", "Dimension " + dimensionCode
                        + " has no topic with code '" + topicCode + "'."));
            }
        }
        return new Taxonomy(dimension, topic);
    }

    private void requireFreeKey(String key, String exceptId) {
        if (questions.keyTaken(key, exceptId)) {
            throw new ProblemException(ProblemType.CONFLICT, "A question with key '" + key + "' already exists: "
                    + "choose another key.");
        }
    }

    private void apply(Question question, QuestionContent content, Taxonomy taxonomy) {
        question.key = content.key();
        question.dimension = taxonomy.dimension();
        question.topic = taxonomy.topic();
        question.measureKey = content.measure();
        question.type = content.type();
        String tenantId = question.tenantId != null ? question.tenantId : tenant.id();
        question.roles.clear();
        content.roles().forEach(role -> question.roles.add(new QuestionRole(role, tenantId)));
        question.searchText = SearchText.of(content);
        question.updatedAt = now();
    }

    private void addVersion(Question question, QuestionContent content) {
        QuestionVersion version = new QuestionVersion();
        version.id = UUID.randomUUID().toString();
        version.questionId = question.id;
        version.number = question.contentVersion;
        version.content = content;
        version.createdAt = question.updatedAt;
        version.createdBy = identity.getPrincipal().getName();
        versions.persist(version);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
