package io.pmi.report.client.interview;

import io.pmi.platform.client.DownstreamHealthCheck;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether interview-service is ready, under /q/health/well (never readiness). */
@Wellness
@ApplicationScoped
class InterviewHealthCheck extends DownstreamHealthCheck {

    InterviewHealthCheck() {
        super(InterviewClient.SERVICE);
    }
}
