package io.pmi.questionbank.service;

import io.pmi.platform.problem.ProblemException;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** Reads the taxonomy: the library's dimensions and topics. */
@ApplicationScoped
public class TaxonomyService {

    /** The tenant of the built-in library (DESIGN.md section 4), readable by every tenant. */
    public static final String LIBRARY_TENANT = "_library";

    private final DimensionRepository dimensions;

    public TaxonomyService(DimensionRepository dimensions) {
        this.dimensions = dimensions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Dimension> listDimensions() {
        return dimensions.listWithTopics(Set.of(LIBRARY_TENANT));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dimension getDimension(String code) {
        return dimensions.findWithTopics(Set.of(LIBRARY_TENANT), code)
                .orElseThrow(() -> ProblemException.notFound("Dimension", code));
    }
}
