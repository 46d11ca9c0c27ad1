package io.pmi.questionbank.service;

import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.domain.GuideSnapshots;
import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.domain.Violation;
import io.pmi.questionbank.domain.lint.FieldFinding;
import io.pmi.questionbank.domain.lint.Severity;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.repository.GuideRepository;
import io.pmi.questionbank.repository.GuideVersion;
import io.pmi.questionbank.repository.GuideVersionRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Guides: references checked on save, coverage and lint checked on publish, versions frozen. */
@ApplicationScoped
public class GuideService {

    private final GuideRepository guides;
    private final GuideVersionRepository versions;
    private final QuestionRepository questions;
    private final QuestionVersionRepository questionVersions;
    private final DimensionRepository dimensions;
    private final QuestionLint lint;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public GuideService(GuideRepository guides, GuideVersionRepository versions, QuestionRepository questions,
                        QuestionVersionRepository questionVersions, DimensionRepository dimensions,
                        QuestionLint lint, CurrentTenant tenant, SecurityIdentity identity) {
        this.guides = guides;
        this.versions = versions;
        this.questions = questions;
        this.questionVersions = questionVersions;
        this.dimensions = dimensions;
        this.lint = lint;
        this.tenant = tenant;
        this.identity = identity;
    }

    @Transactional
    public Guide create(GuideContent content) {
        return create(content, null);
    }

    @Transactional
    public Guide copy(String id, String key) {
        Guide original = get(id);
        GuideContent source = original.content;
        GuideContent content = new GuideContent(key != null ? key : original.key + "-copy", source.role(),
                source.title(), source.locales(), source.opening(), source.sections(), source.closing(),
                source.estimatedMinutes());
        if (guides.keyTaken(content.key(), "")) {
            throw new ProblemException(ProblemType.CONFLICT, "A guide with key '" + content.key() + "' already exists: "
                    + "choose another key for the copy with ?key=.");
        }
        return create(content, original.id);
    }

    private Guide create(GuideContent content, String copiedFrom) {
        validate(content);
        requireFreeKey(content.key(), "");
        Guide guide = new Guide();
        guide.id = UUID.randomUUID().toString();
        guide.status = GuideStatus.DRAFT;
        guide.copiedFrom = copiedFrom;
        guide.createdAt = now();
        apply(guide, content);
        guides.persist(guide);
        guides.flush();
        return guide;
    }

    /** A published version being imported: the guide as it was and its pinned questions' content by id. */
    public record ImportedVersion(int number, Instant publishedAt, String publishedBy, GuideContent guide,
                                  Map<String, GuideSnapshot.PinnedQuestion> pins) {
    }

    /**
     * Stores an imported guide with its published versions, the working copy checked as on save and each version
     * frozen again from its pins. References are ids by now; problems carry paths relative to the imported guide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Guide restore(GuideContent content, String copiedFrom, Instant createdAt, Instant updatedAt,
                         List<ImportedVersion> imported) {
        List<FieldError> errors = new ArrayList<>();
        try {
            validate(content);
        } catch (ProblemException e) {
            e.errors().forEach(error -> errors.add(FieldError.body("content." + error.path(), error.code(),
                    error.message())));
        }
        Map<String, GuideSnapshot.SectionDimension> sectionDimensions = dimensions.listAll().stream().collect(
                Collectors.toMap(d -> d.code, d -> new GuideSnapshot.SectionDimension(d.names(), d.core)));
        List<GuideVersion> frozen = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedVersion version = imported.get(i);
            String at = "versions[" + i + "]";
            if (version.number() != i + 1) {
                errors.add(FieldError.body(at + ".version", "out-of-sequence", "Versions are numbered 1, 2, 3… in "
                        + "order; expected " + (i + 1) + "."));
            }
            Map<String, GuideSnapshots.Candidate> candidates = new HashMap<>();
            for (String id : version.guide().questionIds()) {
                GuideSnapshot.PinnedQuestion pin = version.pins().get(id);
                if (pin == null) {
                    errors.add(FieldError.body(at + ".pins", "missing", "Question " + id + " of the published guide "
                            + "has no pin."));
                } else {
                    candidates.put(id, new GuideSnapshots.Candidate(id, pin.version(), QuestionStatus.ACTIVE,
                            pin.content().dimension(), pin.content()));
                }
            }
            if (candidates.size() == version.guide().questionIds().size()) {
                GuideVersion row = new GuideVersion();
                row.number = version.number();
                row.snapshot = GuideSnapshots.freeze(version.guide(), candidates, sectionDimensions);
                row.publishedAt = version.publishedAt();
                row.publishedBy = version.publishedBy();
                frozen.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Guide guide = new Guide();
        guide.id = UUID.randomUUID().toString();
        guide.status = frozen.isEmpty() ? GuideStatus.DRAFT : GuideStatus.PUBLISHED;
        guide.publishedVersion = frozen.isEmpty() ? null : frozen.size();
        guide.copiedFrom = copiedFrom;
        apply(guide, content);
        guide.createdAt = createdAt;
        guide.updatedAt = updatedAt;
        guides.persist(guide);
        for (GuideVersion row : frozen) {
            row.id = guide.id + "@" + row.number;
            row.guideId = guide.id;
            versions.persist(row);
        }
        return guide;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Guide get(String id) {
        return guides.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Guide", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GuideRepository.Page list(SourceRole role, GuideStatus status, Source source, int page, int size) {
        String only = source == null ? null : source.tenant(tenant.id());
        return guides.list(role, status, only, page, size);
    }

    @Transactional
    public Guide update(String id, String ifMatch, GuideContent content) {
        Guide guide = writable(id, ifMatch);
        if (content.equals(guide.content)) {
            return guide;
        }
        validate(content);
        requireFreeKey(content.key(), guide.id);
        apply(guide, content);
        guides.flush();
        return guide;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Guide guide = writable(id, ifMatch);
        if (guide.status != GuideStatus.DRAFT) {
            throw new ProblemException(QuestionBankProblems.INVALID_TRANSITION,
                    "A published guide cannot be deleted: interviews may use its versions.");
        }
        guides.delete(guide);
        guides.flush();
    }

    /**
     * Freezes the working copy as the next version, pinning every question at its current version. Refused with
     * 422 when a core dimension has no active question, a question is not active or not asked of the guide's role
     * (guide-incomplete), or a text has a lint ERROR (lint-errors).
     */
    /** A published version, and the guide whose working copy it froze (its revision changed with it). */
    public record Publication(Guide guide, GuideVersion version) {
    }

    @Transactional
    public Publication publish(String id, String ifMatch, ContentLanguage language) {
        Guide guide = writable(id, ifMatch);
        GuideContent content = guide.content;
        Map<String, GuideSnapshots.Candidate> candidates = candidates(content.questionIds());
        List<Dimension> all = dimensions.listAll();
        Set<String> core = all.stream().filter(d -> d.core).map(d -> d.code).collect(Collectors.toSet());
        List<Violation> issues = GuideSnapshots.check(content, candidates, core);
        if (!issues.isEmpty()) {
            throw new ProblemException(QuestionBankProblems.GUIDE_INCOMPLETE, "The guide cannot be published: it has "
                    + QuestionBankProblems.count(issues.size(), "issue") + ", listed in errors.",
                    issues.stream().map(i -> new FieldError("resource", i.path(), i.code(), i.message())).toList(),
                    Map.of(), Map.of());
        }
        List<FieldFinding> errors = new ArrayList<>();
        for (int s = 0; s < content.sections().size(); s++) {
            List<String> ids = content.sections().get(s).questions();
            for (int q = 0; q < ids.size(); q++) {
                String prefix = "sections[" + s + "].questions[" + q + "].";
                lint.lint(candidates.get(ids.get(q)).content(), language).stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .map(f -> f.under(prefix))
                        .forEach(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw QuestionLint.lintErrors("The guide's questions have " + QuestionBankProblems.count(errors.size(),
                    "lint error") + ", listed in findings: rephrase them and publish again.", errors);
        }
        GuideSnapshot snapshot = GuideSnapshots.freeze(content, candidates, all.stream().collect(Collectors.toMap(
                d -> d.code, d -> new GuideSnapshot.SectionDimension(d.names(), d.core))));
        int number = guide.publishedVersion == null ? 1 : guide.publishedVersion + 1;
        GuideVersion version = new GuideVersion();
        version.id = guide.id + "@" + number;
        version.guideId = guide.id;
        version.number = number;
        version.snapshot = snapshot;
        version.publishedAt = now();
        version.publishedBy = identity.getPrincipal().getName();
        versions.persist(version);
        guide.status = GuideStatus.PUBLISHED;
        guide.publishedVersion = number;
        guide.updatedAt = version.publishedAt;
        guides.flush();
        return new Publication(guide, version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GuideVersion version(String id, int number) {
        Guide guide = get(id);
        return versions.findVersion(guide.id, number)
                .orElseThrow(() -> ProblemException.notFound("Version", id + "/versions/" + number));
    }

    /** The guide's questions with their current content, in two queries. */
    private Map<String, GuideSnapshots.Candidate> candidates(List<String> ids) {
        List<Question> found = questions.findAllWithTaxonomy(new LinkedHashSet<>(ids));
        Map<String, QuestionVersion> current = questionVersions.current(found).stream()
                .collect(Collectors.toMap(v -> v.questionId, Function.identity()));
        Map<String, GuideSnapshots.Candidate> candidates = new HashMap<>();
        for (Question q : found) {
            QuestionVersion version = current.get(q.id);
            candidates.put(q.id, new GuideSnapshots.Candidate(q.id, version.number, q.status, q.dimension.code,
                    version.content));
        }
        return candidates;
    }

    private Guide writable(String id, String ifMatch) {
        Guide guide = get(id);
        if (guide.isLibrary()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Guides of the built-in library cannot be changed; copy "
                    + "one with POST /api/v1/guides/{id}/copy.");
        }
        ETags.requireMatch(ifMatch, guide.revision);
        return guide;
    }

    private void validate(GuideContent content) {
        List<FieldError> errors = sectionErrors(content.sections());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * Sections name known dimensions once each; questions exist, sit in their dimension's section, appear once.
     * A null dimension or question id is invalid anyway and is not looked up.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> sectionErrors(List<GuideContent.Section> sections) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = dimensions.listAll().stream().map(d -> d.code).collect(Collectors.toSet());
        Set<String> ids = sections.stream().flatMap(section -> section.questions().stream())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Question> found = questions.findAllWithTaxonomy(ids).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        Set<String> seenDimensions = new HashSet<>();
        Set<String> seenQuestions = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            GuideContent.Section section = sections.get(s);
            String path = "sections[" + s + "]";
            boolean knownDimension = known.contains(section.dimension());
            if (section.dimension() != null && !knownDimension) {
                errors.add(FieldError.body(path + ".dimension", "unknown", "No dimension has code '"
                        + section.dimension() + "'."));
            } else if (section.dimension() != null && !seenDimensions.add(section.dimension())) {
                errors.add(FieldError.body(path + ".dimension", "duplicate", section.dimension()
                        + " has a section already."));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                String id = section.questions().get(q);
                if (id == null) {
                    continue;
                }
                String at = path + ".questions[" + q + "]";
                Question question = found.get(id);
                if (question == null) {
                    errors.add(FieldError.body(at, "unknown", "No question has id '" + id + "'."));
                } else if (knownDimension && !question.dimension.code.equals(section.dimension())) {
                    errors.add(FieldError.body(at, "dimension-mismatch", "Question " + id + " belongs to "
                            + question.dimension.code + ", not " + section.dimension() + "."));
                } else if (!seenQuestions.add(id)) {
                    errors.add(FieldError.body(at, "duplicate", "Question " + id + " is in the guide already."));
                }
            }
        }
        return errors;
    }

    private void requireFreeKey(String key, String exceptId) {
        if (guides.keyTaken(key, exceptId)) {
            throw new ProblemException(ProblemType.CONFLICT, "A guide with key '" + key + "' already exists: "
                    + "choose another key.");
        }
    }

    private static void apply(Guide guide, GuideContent content) {
        guide.key = content.key();
        guide.role = content.role();
        guide.content = content;
        guide.questionIds.clear();
        guide.questionIds.addAll(content.questionIds());
        guide.updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
