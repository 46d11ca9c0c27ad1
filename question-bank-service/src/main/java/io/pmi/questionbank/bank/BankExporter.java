package io.pmi.questionbank.bank;

import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.repository.GuideRepository;
import io.pmi.questionbank.repository.GuideVersion;
import io.pmi.questionbank.repository.GuideVersionRepository;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import io.pmi.questionbank.repository.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the caller's own bank in key order, a page of rows at a time, turning ids into keys: memory stays flat
 * however large the bank (the session is cleared after each page).
 */
@ApplicationScoped
public class BankExporter {

    static final int PAGE = 200;

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository questionVersions;
    private final GuideRepository guides;
    private final GuideVersionRepository guideVersions;
    private final CurrentTenant tenant;
    private final EntityManager em;

    public BankExporter(TopicRepository topics, QuestionRepository questions,
                        QuestionVersionRepository questionVersions, GuideRepository guides,
                        GuideVersionRepository guideVersions, CurrentTenant tenant, EntityManager em) {
        this.topics = topics;
        this.questions = questions;
        this.questionVersions = questionVersions;
        this.guides = guides;
        this.guideVersions = guideVersions;
        this.tenant = tenant;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void export(BankRows.Sink sink) {
        String owner = tenant.id();
        topics.ofTenant(owner).forEach(topic -> sink.topic(new BankRows.ExportedTopic(topic)));
        sink.endTopics();
        for (int page = 0; ; page++) {
            List<Question> rows = questions.pageOfTenant(owner, page, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            Map<String, List<QuestionVersion>> versions = questionVersions.ofQuestions(rows.stream().map(q -> q.id)
                    .toList()).stream().collect(Collectors.groupingBy(v -> v.questionId));
            Map<String, String> keys = keys(rows.stream().map(q -> CopiedFrom.id(q.copiedFrom)).toList());
            for (Question question : rows) {
                sink.question(new BankRows.ExportedQuestion(question, CopiedFrom.withKey(question.copiedFrom, keys),
                        versions.get(question.id)));
            }
            sink.flush();
            em.clear();
        }
        sink.endQuestions();
        for (int page = 0; ; page++) {
            List<Guide> rows = guides.pageOfTenant(owner, page, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            Map<String, List<GuideVersion>> versions = guideVersions.ofGuides(rows.stream().map(g -> g.id).toList())
                    .stream().collect(Collectors.groupingBy(v -> v.guideId));
            Set<String> referenced = new HashSet<>();
            rows.forEach(g -> referenced.addAll(g.content.questionIds()));
            versions.values().forEach(list -> list.forEach(v -> v.snapshot.questions()
                    .forEach(p -> referenced.add(p.id()))));
            Map<String, String> keys = keys(referenced);
            Map<String, String> guideKeys = guides.listByIds(rows.stream().map(g -> g.copiedFrom)
                    .filter(Objects::nonNull).toList()).stream().collect(Collectors.toMap(g -> g.id, g -> g.key));
            for (Guide guide : rows) {
                sink.guide(new BankRows.ExportedGuide(withKeys(guide.content, keys),
                        guide.copiedFrom == null ? null : guideKeys.get(guide.copiedFrom), guide.createdAt,
                        guide.updatedAt, versions.getOrDefault(guide.id, List.of()).stream()
                        .map(v -> new BankRows.GuideVersionRow(v.number, v.publishedAt, v.publishedBy,
                                withKeys(v.snapshot.guide(), keys), v.snapshot.questions().stream()
                                .map(p -> new BankRows.Pin(keys.getOrDefault(p.id(), p.content().key()), p.version()))
                                .toList()))
                        .toList()));
            }
            sink.flush();
            em.clear();
        }
    }

    /** Question ids to keys, for references written to a file. */
    private Map<String, String> keys(Collection<String> ids) {
        return questions.listByIds(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q.key));
    }

    private static GuideContent withKeys(GuideContent content, Map<String, String> keys) {
        return new GuideContent(content.key(), content.role(), content.title(), content.locales(), content.opening(),
                content.sections().stream().map(s -> new GuideContent.Section(s.dimension(), s.questions().stream()
                        .map(id -> keys.getOrDefault(id, id)).toList())).toList(),
                content.closing(), content.estimatedMinutes());
    }
}
