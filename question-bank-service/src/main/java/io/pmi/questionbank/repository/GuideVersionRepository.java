package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class GuideVersionRepository implements PanacheRepositoryBase<GuideVersion, String> {

    public Optional<GuideVersion> findVersion(String guideId, int number) {
        return find("guideId = ?1 and number = ?2", guideId, number).firstResultOptional();
    }

    /** Every published version of these guides, by guide and number. */
    public List<GuideVersion> ofGuides(Collection<String> guideIds) {
        return guideIds.isEmpty() ? List.of() : list("guideId in ?1 order by guideId, number", guideIds);
    }
}
