package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.domain.SearchText;
import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.platform.tenancy.Tenants;
import io.pmi.questionbank.mapping.QuestionMapper;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import io.pmi.questionbank.repository.Measure;
import io.pmi.questionbank.repository.MeasureRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.repository.TopicRepository;
import io.pmi.questionbank.rest.api.QuestionFinding;
import io.pmi.questionbank.rest.api.QuestionRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The question bank's rules: content validation beyond single fields, measures shared across sources, content
 * versions, status transitions, lint gates and the search index.
 */
@ApplicationScoped
public class QuestionService {

    /** A question with the content of its current version and, after a write, the lint findings on it. */
    public record Current(Question question, QuestionContent content, List<QuestionFinding> findings) {
    }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final MeasureRepository measures;
    private final DimensionRepository dimensions;
    private final TopicRepository topics;
    private final QuestionLint lint;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final QuestionReadCache readCache;

    public QuestionService(QuestionRepository questions, QuestionVersionRepository versions,
                           MeasureRepository measures, DimensionRepository dimensions, TopicRepository topics,
                           QuestionLint lint, CurrentTenant tenant, SecurityIdentity identity,
                           QuestionReadCache readCache) {
        this.questions = questions;
        this.versions = versions;
        this.measures = measures;
        this.dimensions = dimensions;
        this.topics = topics;
        this.lint = lint;
        this.tenant = tenant;
        this.identity = identity;
        this.readCache = readCache;
    }

    @Transactional
    public Current create(QuestionRequest request, ContentLanguage language) {
        QuestionContent content = QuestionMapper.toContent(request);
        return create(content, null, language);
    }

    @Transactional
    public Current copy(String id, String key, ContentLanguage language) {
        Question original = get(id);
        QuestionContent source = current(original).content;
        String copyKey = key != null ? key : original.key + "-copy";
        QuestionContent content = new QuestionContent(copyKey, source.dimension(), source.topic(), source.measure(),
                source.type(), source.text(), source.variants(), source.options(), source.scale(), source.probes(),
                source.intent());
        return create(content, original.id + "@" + original.contentVersion, language);
    }

    private Current create(QuestionContent content, String copiedFrom, ContentLanguage language) {
        Taxonomy taxonomy = validate(content);
        requireFreeKey(content.key(), "");
        Question question = new Question();
        question.id = UUID.randomUUID().toString();
        question.status = QuestionStatus.DRAFT;
        question.contentVersion = 1;
        question.copiedFrom = copiedFrom;
        question.createdAt = now();
        apply(question, content, taxonomy);
        requireComparable(question, content, taxonomy);
        questions.persist(question);
        addVersion(question, content);
        questions.flush();
        questions.replaceTerms(question.tenantId, question.id, SearchText.bigrams(question.searchText));
        return new Current(question, content, lint.lint(content, language));
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
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The question is not valid.", errors, Map.of(), Map.of());
        }
        if (status == QuestionStatus.ACTIVE) {
            lint.requireNoErrors(current, language, "An active question");
        }
        Question question = new Question();
        question.id = UUID.randomUUID().toString();
        question.status = status;
        question.contentVersion = imported.size();
        question.copiedFrom = copiedFrom;
        apply(question, current, taxonomy);
        question.createdAt = createdAt;
        question.updatedAt = updatedAt;
        requireComparable(question, current, taxonomy);
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
        questions.replaceTerms(question.tenantId, question.id, SearchText.bigrams(question.searchText));
        return question;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Question get(String id) {
        return questions.findWithTaxonomy(id).orElseThrow(() -> ProblemException.notFound("Question", id));
    }

    /**
     * A question with the content of its current version: from the read cache when the revision stored is the one
     * cached (one small statement), read in full otherwise (one more). Plain JDBC, outside Hibernate's session.
     */
    public Current read(String id) {
        List<String> readable = tenant.readable();
        long revision = questions.findRevision(id, readable).orElseThrow(() -> ProblemException.notFound("Question", id));
        Optional<Current> cached = readCache.get(id, revision);
        if (cached.isPresent()) {
            return cached.get();
        }
        QuestionRepository.Current found = questions.findCurrent(id, readable)
                .orElseThrow(() -> ProblemException.notFound("Question", id));
        Current current = new Current(found.question(), found.content(), null);
        readCache.put(current);
        return current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionVersion current(Question question) {
        return versions.findVersion(question.id, question.contentVersion)
                .orElseThrow(() -> new IllegalStateException("Question " + question.id + " has no current version"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionVersion version(String id, int number) {
        Question question = get(id);
        return versions.findVersion(question.id, number)
                .orElseThrow(() -> ProblemException.notFound("Version", id + "/versions/" + number));
    }

    /** One page of questions with their current contents, in two queries whatever the page size. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOfQuestions list(QuestionFilter filter, int page, int size) {
        String source = filter.source();
        String only = source == null ? null : "library".equals(source) ? Tenants.LIBRARY : tenant.id();
        Set<String> terms = null;
        String phrase = null;
        if (filter.q() != null) {
            phrase = SearchText.fold(filter.q());
            if (phrase.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "q has no letters or digits to search for.",
                        List.of(new FieldError("query", "q", "no-terms", "q needs at least one letter or digit.")),
                        Map.of(), Map.of());
            }
            terms = SearchText.queryTerms(phrase);
        }
        QuestionRepository.Page found = questions.list(new QuestionRepository.Filter(filter.dimension(),
                filter.topic(), filter.measure(), filter.type(), filter.role(), filter.status(), only,
                tenant.readable(), terms, phrase != null && phrase.codePointCount(0, phrase.length()) == 1, phrase),
                page, size);
        Map<String, QuestionContent> contents = versions.current(found.items()).stream()
                .collect(Collectors.toMap(v -> v.questionId, v -> v.content));
        return new PageOfQuestions(found.items(), contents, found.total());
    }

    public record QuestionFilter(String dimension, String topic, String measure, QuestionType type, SourceRole role,
                                 QuestionStatus status, String source, String q) {
    }

    public record PageOfQuestions(List<Question> items, Map<String, QuestionContent> contents, long total) {
    }

    @Transactional
    public Current update(String id, String ifMatch, QuestionRequest request, ContentLanguage language) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.RETIRED) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION,
                    "A retired question cannot be edited; activate it again first.");
        }
        QuestionContent content = QuestionMapper.toContent(request);
        QuestionVersion current = current(question);
        if (content.equals(current.content)) {
            return new Current(question, content, lint.lint(content, language));
        }
        Taxonomy taxonomy = validate(content);
        requireFreeKey(content.key(), question.id);
        List<QuestionFinding> findings = question.status == QuestionStatus.ACTIVE
                ? lint.requireNoErrors(content, language, "An active question")
                : lint.lint(content, language);
        String previousMeasure = question.measureKey;
        apply(question, content, taxonomy);
        requireComparable(question, content, taxonomy);
        if (question.status == QuestionStatus.ACTIVE) {
            question.contentVersion++;
            addVersion(question, content);
        } else {
            current.content = content;
            current.createdAt = question.updatedAt;
        }
        dropUnusedMeasure(previousMeasure, question);
        questions.flush();
        questions.replaceTerms(question.tenantId, question.id, SearchText.bigrams(question.searchText));
        return new Current(question, content, findings);
    }

    @Transactional
    public Current activate(String id, String ifMatch, ContentLanguage language) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.ACTIVE) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION, "The question is already active.");
        }
        QuestionContent content = current(question).content;
        List<QuestionFinding> findings = lint.requireNoErrors(content, language, "The question");
        question.status = QuestionStatus.ACTIVE;
        question.updatedAt = now();
        questions.flush();
        return new Current(question, content, findings);
    }

    @Transactional
    public Current retire(String id, String ifMatch) {
        Question question = writable(id, ifMatch);
        if (question.status == QuestionStatus.RETIRED) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION, "The question is already retired.");
        }
        question.status = QuestionStatus.RETIRED;
        question.updatedAt = now();
        questions.flush();
        return new Current(question, current(question).content, null);
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
        dropUnusedMeasure(measure, null);
    }

    private Question writable(String id, String ifMatch) {
        Question question = get(id);
        if (question.isLibrary()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Questions of the built-in library cannot be changed; "
                    + "copy one into your bank with POST /api/v1/questions/{id}/copy.");
        }
        ETags.requireMatch(ifMatch, question.revision);
        return question;
    }

    private record Taxonomy(Dimension dimension, Topic topic) {
    }

    /** Rules across fields; every violation is reported at once, with its JSON path. */
    private Taxonomy validate(QuestionContent content) {
        List<FieldError> errors = new ArrayList<>();
        Dimension dimension = dimensions.find("code", content.dimension()).firstResult();
        Topic topic = null;
        if (dimension == null) {
            errors.add(FieldError.body("dimension", "unknown", "No dimension has code '" + content.dimension() + "'."));
        } else {
            topic = topics.find("code = ?1 and dimension = ?2", content.topic(), dimension).firstResult();
            if (topic == null) {
                errors.add(FieldError.body("topic", "unknown", "Dimension " + content.dimension()
                        + " has no topic with code '" + content.topic() + "'."));
            }
        }
        boolean choice = content.type() == QuestionType.SINGLE_CHOICE || content.type() == QuestionType.MULTI_CHOICE;
        if (choice && (content.options() == null || content.options().size() < 2)) {
            errors.add(FieldError.body("options", "required", content.type() + " questions need at least two options."));
        }
        if (!choice && content.options() != null) {
            errors.add(FieldError.body("options", "not-allowed", "Only choice questions have options."));
        }
        if (content.options() != null) {
            duplicates(content.options(), QuestionContent.Option::value, "options", "value", errors);
        }
        if (content.type() == QuestionType.SCALE && content.scale() == null) {
            errors.add(FieldError.body("scale", "required", "SCALE questions need a scale with anchors."));
        }
        if (content.type() != QuestionType.SCALE && content.scale() != null) {
            errors.add(FieldError.body("scale", "not-allowed", "Only SCALE questions have a scale."));
        }
        if (content.scale() != null) {
            validateScale(content.scale(), errors);
        }
        if (content.variants() != null) {
            duplicates(content.variants(), QuestionContent.Variant::role, "variants", "role", errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The question is not valid: see errors.", errors,
                    Map.of(), Map.of());
        }
        return new Taxonomy(dimension, topic);
    }

    private static void validateScale(QuestionContent.Scale scale, List<FieldError> errors) {
        if (scale.max() <= scale.min()) {
            errors.add(FieldError.body("scale.max", "out-of-range", "max must be greater than min."));
            return;
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < scale.anchors().size(); i++) {
            int value = scale.anchors().get(i).value();
            if (value < scale.min() || value > scale.max()) {
                errors.add(FieldError.body("scale.anchors[" + i + "].value", "out-of-range",
                        "Anchors lie between min (" + scale.min() + ") and max (" + scale.max() + ")."));
            } else if (!values.add(value)) {
                errors.add(FieldError.body("scale.anchors[" + i + "].value", "duplicate", "Anchor " + value
                        + " is given twice."));
            }
        }
        if (!values.contains(scale.min()) || !values.contains(scale.max())) {
            errors.add(FieldError.body("scale.anchors", "ends-required", "Anchor both ends of the scale ("
                    + scale.min() + " and " + scale.max() + ")."));
        }
    }

    private static <T, K> void duplicates(List<T> items, Function<T, K> key, String list, String member,
                                          List<FieldError> errors) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K value = key.apply(items.get(i));
            if (!seen.add(value)) {
                errors.add(FieldError.body(list + "[" + i + "]." + member, "duplicate", value + " is given twice."));
            }
        }
    }

    private void requireFreeKey(String key, String exceptId) {
        if (questions.keyTaken(key, exceptId)) {
            throw new ProblemException(ProblemType.CONFLICT, "A question with key '" + key + "' already exists.");
        }
    }

    /** The question joins its measure, or makes it; a measure used by others keeps its type, range and options. */
    private void requireComparable(Question question, QuestionContent content, Taxonomy taxonomy) {
        AnswerSpec spec = QuestionMapper.answerSpec(content);
        Measure measure = measures.findVisible(content.measure()).orElse(null);
        if (measure == null) {
            measure = new Measure();
            measure.id = UUID.randomUUID().toString();
            measure.key = content.measure();
            define(measure, content, spec, taxonomy);
            measures.persist(measure);
            return;
        }
        if (measure.type == content.type() && measure.answerSpec.comparableWith(spec)) {
            return;
        }
        if (!measure.isLibrary() && questions.countUsingMeasure(measure.key, question.id) == 0) {
            define(measure, content, spec, taxonomy);
            return;
        }
        throw new ProblemException(QuestionBankProblems.MEASURE_MISMATCH, "Measure '" + measure.key + "' is answered "
                + describe(measure.type, measure.answerSpec) + "; this question is " + describe(content.type(), spec)
                + ". Use the measure's type and values so answers compare across sources, or name another measure.",
                List.of(FieldError.body("measure", "mismatch", "Disagrees with measure '" + measure.key + "'.")),
                Map.of(), Map.of());
    }

    private static void define(Measure measure, QuestionContent content, AnswerSpec spec, Taxonomy taxonomy) {
        measure.type = content.type();
        measure.answerSpec = spec;
        measure.dimension = taxonomy.dimension();
        measure.topic = taxonomy.topic();
    }

    private static String describe(QuestionType type, AnswerSpec spec) {
        if (spec.scale() != null) {
            return type + " " + spec.scale().min() + ".." + spec.scale().max();
        }
        if (spec.options() != null) {
            return type + " " + spec.options().stream().map(QuestionContent.Option::value).toList();
        }
        return type.name();
    }

    /** Deletes a tenant's measure that no question names any more ({@code question} is about to stop naming it). */
    private void dropUnusedMeasure(String key, Question question) {
        if (question != null && key.equals(question.measureKey)) {
            return;
        }
        String exceptId = question == null ? "" : question.id;
        measures.findVisible(key).filter(m -> !m.isLibrary())
                .filter(m -> questions.countUsingMeasure(key, exceptId) == 0)
                .ifPresent(measures::delete);
    }

    private void apply(Question question, QuestionContent content, Taxonomy taxonomy) {
        question.key = content.key();
        question.dimension = taxonomy.dimension();
        question.topic = taxonomy.topic();
        question.measureKey = content.measure();
        question.type = content.type();
        question.roles.clear();
        question.roles.addAll(EnumSet.copyOf(content.roles()));
        question.searchText = searchText(content);
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

    /** What q searches: the key, the measure and every wording in every locale. */
    public static String searchText(QuestionContent content) {
        List<String> parts = new ArrayList<>(List.of(content.key(), content.measure()));
        parts.addAll(content.text().values());
        if (content.variants() != null) {
            content.variants().forEach(v -> parts.addAll(v.text().values()));
        }
        return SearchText.of(parts);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
