package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.SourceRole;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.platform.tenancy.Tenants;
import io.pmi.questionbank.repository.Measure;
import io.pmi.questionbank.repository.MeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The measures a tenant sees, with the roles asked them: what reports compare across sources. */
@ApplicationScoped
public class MeasureService {

    public record PageOfMeasures(List<Measure> items, Map<String, Set<SourceRole>> roles, long total) {
    }

    private final MeasureRepository measures;
    private final CurrentTenant tenant;

    public MeasureService(MeasureRepository measures, CurrentTenant tenant) {
        this.measures = measures;
        this.tenant = tenant;
    }

    /** One page in key order, with the roles of all its measures in one more query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOfMeasures list(String dimension, String source, int page, int size) {
        String only = source == null ? null : "library".equals(source) ? Tenants.LIBRARY : tenant.id();
        long total = measures.total(dimension, only);
        List<Measure> items = total == 0 ? List.of() : measures.page(dimension, only, page, size);
        return new PageOfMeasures(items, measures.rolesAsked(items.stream().map(m -> m.key).toList()), total);
    }
}
