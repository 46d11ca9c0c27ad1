package io.pmi.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Closes every circuit breaker before each {@code @QuarkusTest} method, so that a test that opened one (on
 * purpose or by failing) does not decide the next test's outcome. Registered for every service's tests through
 * {@code META-INF/services}.
 */
public class CircuitBreakerReset implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        CircuitBreakerMaintenance.get().resetAll();
    }
}
