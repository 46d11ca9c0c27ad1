package io.pmi.platform.catalogue;

import io.pmi.platform.client.DownstreamHealthCheck;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether the catalogue is ready, under /q/health/well (never readiness). */
@Wellness
@ApplicationScoped
class CatalogueHealthCheck extends DownstreamHealthCheck {

    CatalogueHealthCheck() {
        super("catalogue");
    }
}
