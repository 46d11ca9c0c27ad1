package io.pmi.questionbank.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.mapping.GuideMapper;
import io.pmi.questionbank.mapping.QuestionMapper;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.repository.GuideRepository;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.repository.GuideVersion;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.repository.TopicRepository;
import io.pmi.questionbank.rest.api.BankFile;
import io.pmi.questionbank.rest.api.BankImportResult;
import io.pmi.questionbank.rest.api.GuideRequest;
import io.pmi.questionbank.rest.api.TopicRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's whole bank in and out. Export streams page by page, so memory stays flat however large the bank.
 * Import checks every row and stores everything in one transaction, or, when any row is bad, nothing: each problem
 * is reported with the JSON path of its row.
 */
@ApplicationScoped
public class BankService {

    static final int PAGE = 200;

    private final TopicService topicService;
    private final QuestionService questionService;
    private final GuideService guideService;
    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository questionVersions;
    private final GuideRepository guides;
    private final CurrentTenant tenant;
    private final EntityManager em;
    private final ObjectMapper json;

    public BankService(TopicService topicService, QuestionService questionService, GuideService guideService,
                       TopicRepository topics, QuestionRepository questions,
                       QuestionVersionRepository questionVersions, GuideRepository guides, CurrentTenant tenant,
                       EntityManager em, ObjectMapper json) {
        this.topicService = topicService;
        this.questionService = questionService;
        this.guideService = guideService;
        this.topics = topics;
        this.questions = questions;
        this.questionVersions = questionVersions;
        this.guides = guides;
        this.tenant = tenant;
        this.em = em;
        this.json = json;
    }

    /** Writes the caller's bank as a {@link BankFile}, in key order, a page of rows at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void export(OutputStream out) throws IOException {
        String owner = tenant.id();
        try (JsonGenerator generator = json.getFactory().createGenerator(out)
                // A failure half-way must leave the file unparseable rather than well-formed and incomplete.
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)) {
            generator.writeStartObject();
            generator.writeStringField("format", BankFile.FORMAT);
            generator.writeArrayFieldStart("topics");
            for (Topic topic : topics.find("from Topic t join fetch t.dimension d where t.tenantId = ?1 "
                    + "order by d.position, t.position, t.code", owner).list()) {
                generator.writePOJO(new BankFile.Topic(topic.dimension.code, topic.code,
                        new LocalizedName(topic.nameZhCn, topic.nameEn),
                        new LocalizedDescription(topic.descriptionZhCn, topic.descriptionEn), topic.position));
            }
            generator.writeEndArray();
            generator.writeArrayFieldStart("questions");
            for (int page = 0; ; page++) {
                List<Question> rows = questions.find("from Question q where q.tenantId = ?1 order by q.key, q.id", owner).page(page, PAGE).list();
                if (rows.isEmpty()) {
                    break;
                }
                Map<String, List<QuestionVersion>> versions = questionVersions.list("questionId in ?1 "
                        + "order by questionId, number", rows.stream().map(q -> q.id).toList()).stream()
                        .collect(Collectors.groupingBy(v -> v.questionId));
                Map<String, String> keys = keys(rows.stream().map(q -> copiedId(q.copiedFrom)).toList());
                for (Question question : rows) {
                    generator.writePOJO(new BankFile.Question(question.key, question.status,
                            reference(question.copiedFrom, keys), question.createdAt, question.updatedAt,
                            versions.get(question.id).stream().map(v -> new BankFile.QuestionVersion(v.number,
                                    v.createdAt, v.createdBy, QuestionMapper.toRequest(v.content))).toList()));
                }
                generator.flush();
                em.clear();
            }
            generator.writeEndArray();
            generator.writeArrayFieldStart("guides");
            for (int page = 0; ; page++) {
                List<Guide> rows = guides.find("from Guide g where g.tenantId = ?1 order by g.key, g.id", owner).page(page, PAGE).list();
                if (rows.isEmpty()) {
                    break;
                }
                Map<String, List<GuideVersion>> versions = em.createQuery("from GuideVersion v where v.guideId in "
                                + ":ids order by v.guideId, v.number", GuideVersion.class)
                        .setParameter("ids", rows.stream().map(g -> g.id).toList()).getResultList().stream()
                        .collect(Collectors.groupingBy(v -> v.guideId));
                Set<String> referenced = new HashSet<>();
                rows.forEach(g -> referenced.addAll(g.content.questionIds()));
                versions.values().forEach(list -> list.forEach(v -> v.snapshot.questions()
                        .forEach(p -> referenced.add(p.id()))));
                Map<String, String> keys = keys(referenced);
                Map<String, String> guideKeys = guides.list("id in ?1", rows.stream().map(g -> g.copiedFrom)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                        .collect(Collectors.toMap(g -> g.id, g -> g.key));
                for (Guide guide : rows) {
                    generator.writePOJO(new BankFile.Guide(
                            GuideMapper.toRequest(guide.content, id -> keys.getOrDefault(id, id)),
                            guide.copiedFrom == null ? null : guideKeys.get(guide.copiedFrom),
                            guide.createdAt, guide.updatedAt,
                            versions.getOrDefault(guide.id, List.of()).stream().map(v -> new BankFile.GuideVersion(
                                    v.number, v.publishedAt, v.publishedBy,
                                    GuideMapper.toRequest(v.snapshot.guide(), id -> keys.getOrDefault(id, id)),
                                    v.snapshot.questions().stream().map(p -> new BankFile.Pin(
                                            keys.getOrDefault(p.id(), p.content().key()), p.version())).toList()))
                                    .toList()));
                }
                generator.flush();
                em.clear();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** Imports a bank file into the caller's tenant: all of it, or nothing and every problem with its path. */
    @Transactional
    public BankImportResult importBank(BankFile file, ContentLanguage language) {
        List<FieldError> errors = new ArrayList<>();
        checkKeys(file, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        for (int i = 0; i < file.topics().size(); i++) {
            BankFile.Topic topic = file.topics().get(i);
            attempt("topics[" + i + "]", errors, () -> topicService.create(topic.dimension(), new TopicRequest(
                    topic.code(), topic.name(), topic.description(), topic.position())));
        }
        Map<String, Question> imported = new HashMap<>();
        Map<String, Map<Integer, QuestionContent>> importedVersions = new HashMap<>();
        int questionVersionCount = 0;
        for (int i = 0; i < file.questions().size(); i++) {
            BankFile.Question row = file.questions().get(i);
            List<QuestionService.ImportedVersion> versions = row.versions().stream()
                    .map(v -> new QuestionService.ImportedVersion(v.version(), v.createdAt(), v.createdBy(),
                            QuestionMapper.toContent(v.content()))).toList();
            questionVersionCount += versions.size();
            Question question = attempt("questions[" + i + "]", errors, () -> questionService.restore(row.key(),
                    row.status(), null, row.createdAt(), row.updatedAt(), versions, language));
            if (question != null) {
                imported.put(row.key(), question);
                importedVersions.put(row.key(), versions.stream().collect(Collectors.toMap(
                        QuestionService.ImportedVersion::number, QuestionService.ImportedVersion::content)));
            }
        }
        Map<String, String> ids = resolveKeys(file, imported);
        for (int i = 0; i < file.questions().size(); i++) {
            BankFile.Question row = file.questions().get(i);
            Question question = imported.get(row.key());
            if (question != null && row.copiedFrom() != null) {
                question.copiedFrom = translate(row.copiedFrom(), ids);
            }
        }
        Map<String, Guide> importedGuides = new HashMap<>();
        int guideVersionCount = 0;
        for (int i = 0; i < file.guides().size(); i++) {
            BankFile.Guide row = file.guides().get(i);
            String at = "guides[" + i + "]";
            int before = errors.size();
            GuideContent content = GuideMapper.toContent(withIds(row.content(), ids, at + ".content", errors));
            List<GuideService.ImportedVersion> versions = new ArrayList<>();
            for (int v = 0; v < row.versions().size(); v++) {
                BankFile.GuideVersion version = row.versions().get(v);
                String vat = at + ".versions[" + v + "]";
                GuideContent published = GuideMapper.toContent(withIds(version.guide(), ids, vat + ".guide", errors));
                Map<String, GuideSnapshot.PinnedQuestion> pins = new HashMap<>();
                for (int p = 0; p < version.pins().size(); p++) {
                    BankFile.Pin pin = version.pins().get(p);
                    QuestionContent pinned = pinned(pin, ids, importedVersions);
                    if (pinned == null) {
                        errors.add(FieldError.body(vat + ".pins[" + p + "]", "unknown", "No question '"
                                + pin.question() + "' at version " + pin.version() + "."));
                    } else {
                        String id = ids.get(pin.question());
                        pins.put(id, new GuideSnapshot.PinnedQuestion(id, pin.version(), pinned));
                    }
                }
                versions.add(new GuideService.ImportedVersion(version.version(), version.publishedAt(),
                        version.publishedBy(), published, pins));
            }
            guideVersionCount += versions.size();
            if (errors.size() > before) {
                continue;
            }
            Guide guide = attempt(at, errors, () -> guideService.restore(content, null, row.createdAt(),
                    row.updatedAt(), versions));
            if (guide != null) {
                importedGuides.put(row.content().key(), guide);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        for (BankFile.Guide row : file.guides()) {
            if (row.copiedFrom() != null) {
                Guide original = importedGuides.containsKey(row.copiedFrom()) ? importedGuides.get(row.copiedFrom())
                        : guides.find("from Guide g where g.key = ?1", row.copiedFrom()).firstResult();
                importedGuides.get(row.content().key()).copiedFrom = original == null ? null : original.id;
            }
        }
        em.flush();
        return new BankImportResult(file.topics().size(), file.questions().size(), questionVersionCount,
                file.guides().size(), guideVersionCount);
    }

    /** Keys and codes must be new to the tenant (the library's included) and unique within the file. */
    private void checkKeys(BankFile file, List<FieldError> errors) {
        unique(file.topics().stream().map(BankFile.Topic::code).toList(), "topics", "code",
                topics.list("code in ?1", file.topics().stream().map(BankFile.Topic::code).toList()).stream()
                        .map(t -> t.code).collect(Collectors.toSet()), errors);
        unique(file.questions().stream().map(BankFile.Question::key).toList(), "questions", "key",
                questions.list("from Question q where q.key in ?1", file.questions().stream().map(BankFile.Question::key).toList()).stream()
                        .map(q -> q.key).collect(Collectors.toSet()), errors);
        List<String> guideKeys = file.guides().stream().map(g -> g.content().key()).toList();
        unique(guideKeys, "guides", "content.key", guides.list("from Guide g where g.key in ?1", guideKeys).stream().map(g -> g.key)
                .collect(Collectors.toSet()), errors);
    }

    private static void unique(List<String> keys, String list, String member, Set<String> existing,
                               List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (existing.contains(key)) {
                errors.add(FieldError.body(list + "[" + i + "]." + member, "exists", "'" + key
                        + "' exists already; import into a tenant that does not have it."));
            } else if (!seen.add(key)) {
                errors.add(FieldError.body(list + "[" + i + "]." + member, "duplicate", "'" + key
                        + "' is in the file twice."));
            }
        }
    }

    /** Question key to id, for the imported questions and every other question the tenant sees. */
    private Map<String, String> resolveKeys(BankFile file, Map<String, Question> imported) {
        Set<String> wanted = new LinkedHashSet<>();
        for (BankFile.Guide guide : file.guides()) {
            guide.content().sections().forEach(s -> wanted.addAll(s.questions()));
            guide.versions().forEach(v -> {
                v.guide().sections().forEach(s -> wanted.addAll(s.questions()));
                v.pins().forEach(p -> wanted.add(p.question()));
            });
        }
        file.questions().stream().map(BankFile.Question::copiedFrom).filter(java.util.Objects::nonNull)
                .map(BankService::copiedId).forEach(wanted::add);
        Map<String, String> ids = new HashMap<>();
        imported.forEach((key, question) -> ids.put(key, question.id));
        wanted.removeAll(ids.keySet());
        if (!wanted.isEmpty()) {
            questions.list("from Question q where q.key in ?1", wanted).forEach(q -> ids.put(q.key, q.id));
        }
        return ids;
    }

    private static GuideRequest withIds(GuideRequest guide, Map<String, String> ids, String at,
                                        List<FieldError> errors) {
        List<io.pmi.questionbank.rest.api.GuideSection> sections = new ArrayList<>();
        for (int s = 0; s < guide.sections().size(); s++) {
            var section = guide.sections().get(s);
            List<String> resolved = new ArrayList<>();
            for (int q = 0; q < section.questions().size(); q++) {
                String id = ids.get(section.questions().get(q));
                if (id == null) {
                    errors.add(FieldError.body(at + ".sections[" + s + "].questions[" + q + "]", "unknown",
                            "No question has key '" + section.questions().get(q) + "'."));
                } else {
                    resolved.add(id);
                }
            }
            sections.add(new io.pmi.questionbank.rest.api.GuideSection(section.dimension(), resolved));
        }
        return new GuideRequest(guide.key(), guide.role(), guide.title(), guide.locales(), guide.opening(), sections,
                guide.closing(), guide.estimatedMinutes());
    }

    private QuestionContent pinned(BankFile.Pin pin, Map<String, String> ids,
                                   Map<String, Map<Integer, QuestionContent>> importedVersions) {
        Map<Integer, QuestionContent> fromFile = importedVersions.get(pin.question());
        if (fromFile != null) {
            return fromFile.get(pin.version());
        }
        String id = ids.get(pin.question());
        return id == null ? null
                : questionVersions.findVersion(id, pin.version()).map(v -> v.content).orElse(null);
    }

    /** Runs one row's import; a problem becomes field errors under the row's path and the row yields null. */
    private static <T> T attempt(String at, List<FieldError> errors, java.util.function.Supplier<T> row) {
        try {
            return row.get();
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                errors.add(FieldError.body(at, e.type().slug(), e.getMessage()));
            } else {
                e.errors().forEach(error -> errors.add(FieldError.body(at + "." + error.path(), error.code(),
                        error.message())));
            }
            return null;
        }
    }

    private static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "The bank file has " + errors.size() + " problem(s), "
                + "listed in errors with their paths; nothing was imported.", errors, Map.of(), Map.of());
    }

    /** Question ids to keys, for references written to a file. */
    private Map<String, String> keys(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of() : questions.list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q.key));
    }

    /** {@code id@version} (or {@code key@version} in a file) without the version. */
    private static String copiedId(String copiedFrom) {
        return copiedFrom == null ? null : copiedFrom.substring(0, copiedFrom.lastIndexOf('@') < 0
                ? copiedFrom.length() : copiedFrom.lastIndexOf('@'));
    }

    private static String reference(String copiedFrom, Map<String, String> keys) {
        if (copiedFrom == null) {
            return null;
        }
        String key = keys.get(copiedId(copiedFrom));
        return key == null ? null : key + copiedFrom.substring(copiedId(copiedFrom).length());
    }

    private static String translate(String copiedFrom, Map<String, String> ids) {
        String id = ids.get(copiedId(copiedFrom));
        return id == null ? null : id + copiedFrom.substring(copiedId(copiedFrom).length());
    }
}
