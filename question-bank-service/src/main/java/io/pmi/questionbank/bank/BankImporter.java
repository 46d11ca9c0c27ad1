package io.pmi.questionbank.bank;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.problem.Problems;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.repository.GuideRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.pmi.questionbank.repository.TopicRepository;
import io.pmi.questionbank.service.GuideService;
import io.pmi.questionbank.service.QuestionService;
import io.pmi.questionbank.service.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Imports a bank file into the caller's tenant: every row is checked as through the API, then everything is stored
 * in one transaction, or, when any row is bad, nothing: each problem is reported with the JSON path of its row.
 */
@ApplicationScoped
public class BankImporter {

    private final TopicService topicService;
    private final QuestionService questionService;
    private final GuideService guideService;
    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository questionVersions;
    private final GuideRepository guides;
    private final EntityManager em;

    public BankImporter(TopicService topicService, QuestionService questionService, GuideService guideService,
                        TopicRepository topics, QuestionRepository questions,
                        QuestionVersionRepository questionVersions, GuideRepository guides, EntityManager em) {
        this.topicService = topicService;
        this.questionService = questionService;
        this.guideService = guideService;
        this.topics = topics;
        this.questions = questions;
        this.questionVersions = questionVersions;
        this.guides = guides;
        this.em = em;
    }

    @Transactional
    public BankRows.Counts importBank(BankRows.Import file, ContentLanguage language) {
        List<FieldError> errors = new ArrayList<>();
        checkKeys(file, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        for (int i = 0; i < file.topics().size(); i++) {
            BankRows.ImportedTopic topic = file.topics().get(i);
            attempt("topics[" + i + "]", errors, () -> topicService.create(topic.dimension(), topic.content()));
        }
        Map<String, Question> imported = new HashMap<>();
        Map<String, Map<Integer, QuestionContent>> importedVersions = new HashMap<>();
        int questionVersionCount = 0;
        for (int i = 0; i < file.questions().size(); i++) {
            BankRows.ImportedQuestion row = file.questions().get(i);
            questionVersionCount += row.versions().size();
            Question question = attempt("questions[" + i + "]", errors, () -> questionService.restore(row.key(),
                    row.status(), null, row.createdAt(), row.updatedAt(), row.versions(), language));
            if (question != null) {
                imported.put(row.key(), question);
                importedVersions.put(row.key(), row.versions().stream().collect(Collectors.toMap(
                        QuestionService.ImportedVersion::number, QuestionService.ImportedVersion::content)));
            }
        }
        Map<String, String> ids = resolveKeys(file, imported);
        for (BankRows.ImportedQuestion row : file.questions()) {
            Question question = imported.get(row.key());
            if (question != null && row.copiedFrom() != null) {
                question.copiedFrom = CopiedFrom.withKey(row.copiedFrom(), ids);
            }
        }
        Map<String, Guide> importedGuides = new HashMap<>();
        int guideVersionCount = 0;
        for (int i = 0; i < file.guides().size(); i++) {
            BankRows.ImportedGuide row = file.guides().get(i);
            String at = "guides[" + i + "]";
            int before = errors.size();
            GuideContent content = withIds(row.content(), ids, at + ".content", errors);
            List<GuideService.ImportedVersion> versions = new ArrayList<>();
            for (int v = 0; v < row.versions().size(); v++) {
                BankRows.GuideVersionRow version = row.versions().get(v);
                String vat = at + ".versions[" + v + "]";
                GuideContent published = withIds(version.guide(), ids, vat + ".guide", errors);
                Map<String, GuideSnapshot.PinnedQuestion> pins = new HashMap<>();
                for (int p = 0; p < version.pins().size(); p++) {
                    BankRows.Pin pin = version.pins().get(p);
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
        linkGuideCopies(file, importedGuides);
        em.flush();
        return new BankRows.Counts(file.topics().size(), file.questions().size(), questionVersionCount,
                file.guides().size(), guideVersionCount);
    }

    /** A guide copied from another names it by key in the file: one of the file's, or one the tenant sees. */
    private void linkGuideCopies(BankRows.Import file, Map<String, Guide> importedGuides) {
        Set<String> elsewhere = file.guides().stream().map(BankRows.ImportedGuide::copiedFrom)
                .filter(Objects::nonNull).filter(key -> !importedGuides.containsKey(key)).collect(Collectors.toSet());
        Map<String, String> existing = guides.findByKeys(elsewhere).stream()
                .collect(Collectors.toMap(g -> g.key, g -> g.id, (a, b) -> a));
        for (BankRows.ImportedGuide row : file.guides()) {
            if (row.copiedFrom() != null) {
                Guide original = importedGuides.get(row.copiedFrom());
                importedGuides.get(row.content().key()).copiedFrom = original != null ? original.id
                        : existing.get(row.copiedFrom());
            }
        }
    }

    /** Keys and codes must be new to the tenant (the library's included) and unique within the file. */
    private void checkKeys(BankRows.Import file, List<FieldError> errors) {
        List<String> topicCodes = file.topics().stream().map(t -> t.content().code()).toList();
        unique(topicCodes, "topics", "code", topics.findByCodes(topicCodes).stream().map(t -> t.code)
                .collect(Collectors.toSet()), errors);
        List<String> questionKeys = file.questions().stream().map(BankRows.ImportedQuestion::key).toList();
        unique(questionKeys, "questions", "key", questions.findByKeys(questionKeys).stream().map(q -> q.key)
                .collect(Collectors.toSet()), errors);
        List<String> guideKeys = file.guides().stream().map(g -> g.content().key()).toList();
        unique(guideKeys, "guides", "content.key", guides.findByKeys(guideKeys).stream().map(g -> g.key)
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
    private Map<String, String> resolveKeys(BankRows.Import file, Map<String, Question> imported) {
        Set<String> wanted = new LinkedHashSet<>();
        for (BankRows.ImportedGuide guide : file.guides()) {
            wanted.addAll(guide.content().questionIds());
            guide.versions().forEach(v -> {
                wanted.addAll(v.guide().questionIds());
                v.pins().forEach(p -> wanted.add(p.question()));
            });
        }
        file.questions().stream().map(BankRows.ImportedQuestion::copiedFrom).filter(Objects::nonNull)
                .map(CopiedFrom::id).forEach(wanted::add);
        Map<String, String> ids = new HashMap<>();
        imported.forEach((key, question) -> ids.put(key, question.id));
        wanted.removeAll(ids.keySet());
        questions.findByKeys(wanted).forEach(q -> ids.put(q.key, q.id));
        return ids;
    }

    /** The guide with its question keys replaced by ids; an unknown key is an error at its path. */
    private static GuideContent withIds(GuideContent guide, Map<String, String> ids, String at,
                                        List<FieldError> errors) {
        List<GuideContent.Section> sections = new ArrayList<>();
        for (int s = 0; s < guide.sections().size(); s++) {
            GuideContent.Section section = guide.sections().get(s);
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
            sections.add(new GuideContent.Section(section.dimension(), resolved));
        }
        return new GuideContent(guide.key(), guide.role(), guide.title(), guide.locales(), guide.opening(), sections,
                guide.closing(), guide.estimatedMinutes());
    }

    private QuestionContent pinned(BankRows.Pin pin, Map<String, String> ids,
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
    private static <T> T attempt(String at, List<FieldError> errors, Supplier<T> row) {
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
        return new ProblemException(ProblemType.VALIDATION, Problems.validationDetail(errors.size())
                + " Nothing was imported.", errors, Map.of(), Map.of());
    }
}
