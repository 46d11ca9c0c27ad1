package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class GuideVersionRepository implements PanacheRepositoryBase<GuideVersion, String> {

    public Optional<GuideVersion> findVersion(String guideId, int number) {
        return find("guideId = ?1 and number = ?2", guideId, number).firstResultOptional();
    }
}
