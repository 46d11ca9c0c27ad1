package io.pmi.questionbank.service;

import io.pmi.platform.problem.ProblemException;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the taxonomy: the library's dimensions with the library's topics and the caller tenant's own. */
@ApplicationScoped
public class TaxonomyService {

    private final DimensionRepository dimensions;

    public TaxonomyService(DimensionRepository dimensions) {
        this.dimensions = dimensions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Dimension> listDimensions() {
        return dimensions.listWithTopics();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dimension getDimension(String code) {
        return dimensions.findWithTopics(code)
                .orElseThrow(() -> ProblemException.notFound("Dimension", code));
    }
}
