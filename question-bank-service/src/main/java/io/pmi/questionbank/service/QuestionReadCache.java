package io.pmi.questionbank.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pmi.questionbank.config.QuestionBankConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Questions as last read, with their current content, keyed by id and revision. Every change of a question (content,
 * status, roles) increments its revision, and readers look the revision up in the database on every request, so an
 * entry is only ever served while it is still current, whichever instance of the service made the change. The
 * revision lookup is also what checks that the caller's tenant may read the question.
 */
@ApplicationScoped
public class QuestionReadCache {

    private record Key(String id, long revision) {
    }

    private final Cache<Key, CurrentQuestion> questions;

    public QuestionReadCache(QuestionBankConfig config) {
        this.questions = config.readCacheSize() > 0
                ? Caffeine.newBuilder().maximumSize(config.readCacheSize()).build()
                : null;
    }

    Optional<CurrentQuestion> get(String id, long revision) {
        return questions == null ? Optional.empty()
                : Optional.ofNullable(questions.getIfPresent(new Key(id, revision)));
    }

    void put(CurrentQuestion current) {
        if (questions != null) {
            questions.put(new Key(current.question().id, current.question().revision), current);
        }
    }
}
