package io.pmi.questionbank.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pmi.questionbank.config.QuestionBankConfig;
import io.pmi.questionbank.domain.QuestionContent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Questions as last read, with their current content, keyed by id and revision. Every change of a question (content,
 * status, roles) increments its revision, and readers look the revision up in the database on every request, so an
 * entry is only ever served while it is still current, whichever instance of the service made the change. The
 * revision lookup is also what checks that the caller's tenant may read the question. The cache is bounded by the
 * approximate heap size of its entries ({@link #weigh}), not their number: questions differ in size by a hundredfold.
 */
@ApplicationScoped
public class QuestionReadCache {

    private record Key(String id, long revision) {
    }

    /** Object headers, the entity's fixed fields and the cache's own entry. */
    private static final int ENTRY_OVERHEAD = 1_024;
    /** A string's header and array header, beside two bytes per character. */
    private static final int STRING_OVERHEAD = 56;

    private final Cache<Key, CurrentQuestion> questions;

    public QuestionReadCache(QuestionBankConfig config) {
        this.questions = config.readCacheMaxMb() > 0
                ? Caffeine.newBuilder().maximumWeight(config.readCacheMaxMb() * 1024L * 1024L)
                .weigher((Key key, CurrentQuestion value) -> weigh(value)).build()
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

    /** Approximate heap bytes of a cached question: its strings at two bytes a character plus fixed overheads. */
    static int weigh(CurrentQuestion current) {
        QuestionContent content = current.content();
        long bytes = ENTRY_OVERHEAD + strings(content.key(), content.dimension(), content.topic(), content.measure(),
                current.question().id, current.question().key, current.question().measureKey,
                current.question().copiedFrom) + texts(content.text()) + texts(content.intent());
        if (content.variants() != null) {
            for (QuestionContent.Variant variant : content.variants()) {
                bytes += STRING_OVERHEAD + texts(variant.text());
            }
        }
        if (content.options() != null) {
            for (QuestionContent.Option option : content.options()) {
                bytes += strings(option.value()) + texts(option.label());
            }
        }
        if (content.scale() != null) {
            for (QuestionContent.Anchor anchor : content.scale().anchors()) {
                bytes += STRING_OVERHEAD + texts(anchor.label());
            }
        }
        if (content.probes() != null) {
            for (Map<String, String> probe : content.probes()) {
                bytes += texts(probe);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static long texts(Map<String, String> texts) {
        return texts == null ? 0 : STRING_OVERHEAD + strings(texts.keySet()) + strings(texts.values());
    }

    private static long strings(String... values) {
        return strings(Arrays.asList(values));
    }

    private static long strings(Collection<String> values) {
        long bytes = 0;
        for (String value : values) {
            bytes += value == null ? 0 : STRING_OVERHEAD + 2L * value.length();
        }
        return bytes;
    }
}
