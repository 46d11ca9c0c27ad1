package io.pmi.report.client.questionbank;

import io.pmi.platform.client.DownstreamHealthCheck;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether the question bank is ready, under /q/health/well (never readiness). */
@Wellness
@ApplicationScoped
class QuestionBankHealthCheck extends DownstreamHealthCheck {

    QuestionBankHealthCheck() {
        super(QuestionBankClient.SERVICE);
    }
}
