package io.pmi.report.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pmi.platform.client.DownstreamRefusedException;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.report.client.questionbank.QuestionBankClient;
import io.pmi.report.client.questionbank.QuestionBankRecords;
import io.pmi.report.config.ReportConfig;
import io.pmi.report.domain.analysis.AnalysisInput;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Dimension and topic names in one language, from the question bank, kept per tenant and language for a while (a
 * tenant's taxonomy changes rarely, and a report needs it every time). Names are optional to a report: when the
 * question bank cannot answer, there are none, and the caller marks the report partial.
 */
@ApplicationScoped
public class DimensionNames {

    private record Key(String tenant, String language) {
    }

    private final QuestionBankClient questionBank;
    private final CurrentTenant tenant;
    private final Cache<Key, AnalysisInput.DisplayNames> cache;

    public DimensionNames(QuestionBankClient questionBank, CurrentTenant tenant, ReportConfig config) {
        this.questionBank = questionBank;
        this.tenant = tenant;
        this.cache = Caffeine.newBuilder().expireAfterWrite(config.dimensionNamesTtl()).maximumSize(10_000).build();
    }

    /** The names in {@code language} ("zh-CN" or "en"), or empty when the question bank cannot say. */
    public Optional<AnalysisInput.DisplayNames> in(String language) {
        return lookup(language, () -> questionBank.dimensions(language));
    }

    /** The same, asking the question bank with {@code bearerToken}: for work outside a request. */
    public Optional<AnalysisInput.DisplayNames> in(String language, String bearerToken) {
        return lookup(language, () -> questionBank.dimensionsAs(bearerToken, language));
    }

    private Optional<AnalysisInput.DisplayNames> lookup(
            String language, Supplier<Optional<QuestionBankRecords.DimensionPage>> fetch) {
        Key key = new Key(tenant.id(), language);
        AnalysisInput.DisplayNames known = cache.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<QuestionBankRecords.DimensionPage> page;
        try {
            page = fetch.get();
        } catch (DownstreamRefusedException e) {
            page = Optional.empty();
        }
        Optional<AnalysisInput.DisplayNames> names = page.map(found -> names(found, language));
        names.ifPresent(value -> cache.put(key, value));
        return names;
    }

    private static AnalysisInput.DisplayNames names(QuestionBankRecords.DimensionPage page, String language) {
        Map<String, Map<String, String>> dimensions = new HashMap<>();
        Map<String, Map<String, String>> topics = new HashMap<>();
        for (QuestionBankRecords.Dimension dimension : page.items()) {
            if (dimension.name() != null) {
                dimensions.put(dimension.code(), Map.of(language, dimension.name()));
            }
            for (QuestionBankRecords.Topic topic : dimension.topics() == null ? List.<QuestionBankRecords.Topic>of()
                    : dimension.topics()) {
                if (topic.name() != null) {
                    topics.put(topic.code(), Map.of(language, topic.name()));
                }
            }
        }
        return new AnalysisInput.DisplayNames(dimensions, topics);
    }
}
