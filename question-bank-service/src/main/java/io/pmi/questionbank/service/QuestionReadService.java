package io.pmi.questionbank.service;

import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionJdbcReads;
import io.pmi.questionbank.repository.QuestionListQuery;
import io.pmi.questionbank.repository.QuestionRepository;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.QuestionVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading questions: by id through the read cache, their versions, and the list with its text search. */
@ApplicationScoped
public class QuestionReadService {

    public record QuestionFilter(String dimension, String topic, String measure, QuestionType type, SourceRole role,
                                 QuestionStatus status, Source source, String q) {
    }

    public record PageOfQuestions(List<Question> items, Map<String, QuestionContent> contents, long total) {
    }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionJdbcReads jdbcReads;
    private final QuestionListQuery listQuery;
    private final QuestionReadCache readCache;
    private final CurrentTenant tenant;

    public QuestionReadService(QuestionRepository questions, QuestionVersionRepository versions,
                               QuestionJdbcReads jdbcReads, QuestionListQuery listQuery, QuestionReadCache readCache,
                               CurrentTenant tenant) {
        this.questions = questions;
        this.versions = versions;
        this.jdbcReads = jdbcReads;
        this.listQuery = listQuery;
        this.readCache = readCache;
        this.tenant = tenant;
    }

    /** A question with its taxonomy, as an entity of the current transaction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Question get(String id) {
        return questions.findWithTaxonomy(id).orElseThrow(() -> ProblemException.notFound("Question", id));
    }

    /**
     * A question with the content of its current version: from the read cache when the revision stored is the one
     * cached (one small statement), read in full otherwise (one more). Plain JDBC, outside Hibernate's session.
     */
    public CurrentQuestion read(String id) {
        List<String> readable = tenant.readable();
        long revision = jdbcReads.findRevision(id, readable)
                .orElseThrow(() -> ProblemException.notFound("Question", id));
        Optional<CurrentQuestion> cached = readCache.get(id, revision);
        if (cached.isPresent()) {
            return cached.get();
        }
        QuestionJdbcReads.Current found = jdbcReads.findCurrent(id, readable)
                .orElseThrow(() -> ProblemException.notFound("Question", id));
        CurrentQuestion current = new CurrentQuestion(found.question(), found.content(), null);
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
        String only = filter.source() == null ? null : filter.source().tenant(tenant.id());
        Set<String> terms = null;
        String phrase = null;
        if (filter.q() != null) {
            phrase = SearchText.fold(filter.q());
            if (phrase.isEmpty()) {
                throw ProblemException.invalid(List.of(new FieldError("query", "q", "no-terms",
                        "q needs at least one letter or digit.")));
            }
            terms = SearchText.queryTerms(phrase);
        }
        QuestionListQuery.Page found = listQuery.list(new QuestionListQuery.Filter(filter.dimension(),
                filter.topic(), filter.measure(), filter.type(), filter.role(), filter.status(), only,
                tenant.readable(), terms, phrase != null && phrase.codePointCount(0, phrase.length()) == 1, phrase),
                page, size);
        Map<String, QuestionContent> contents = versions.current(found.items()).stream()
                .collect(Collectors.toMap(v -> v.questionId, v -> v.content));
        return new PageOfQuestions(found.items(), contents, found.total());
    }
}
