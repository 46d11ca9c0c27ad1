package io.pmi.platform.client;

import io.pmi.platform.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The fault-tolerance settings every call to another service uses, and the answer when that service cannot
 * answer. The constants go into the wrapper's annotations; MicroProfile Fault Tolerance configuration overrides
 * them without a rebuild: {@code <wrapper class>/<method>/<annotation>/<parameter>} for one method,
 * {@code <wrapper class>/<annotation>/<parameter>} for a class-level annotation, {@code <annotation>/<parameter>}
 * for all (tests set {@code Timeout/value}, {@code Retry/delay} and {@code CircuitBreaker/delay} to stay fast).
 * Times are in milliseconds.
 */
public final class Downstream {

    /** Each attempt gets this long: a few seconds, so that a caller never hangs on a slow service. */
    public static final long TIMEOUT_MS = 2_000;
    /** Idempotent calls are tried again this often on a 5xx or a connection failure, never on a 4xx or a timeout. */
    public static final int RETRIES = 2;
    public static final long RETRY_DELAY_MS = 200;
    public static final long RETRY_JITTER_MS = 100;
    /** The breaker opens when half of the last ten attempts (retries count) failed... */
    public static final int BREAKER_VOLUME = 10;
    public static final double BREAKER_FAILURE_RATIO = 0.5;
    /** ...and lets one attempt through again after five seconds: a caller recovers soon after the service does. */
    public static final long BREAKER_DELAY_MS = 5_000;
    /** What {@code Retry-After} tells the client: the breaker's delay, after which a call is tried again. */
    public static final Duration RETRY_AFTER = Duration.ofMillis(BREAKER_DELAY_MS);

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /**
     * The {@code 503 service-unavailable} problem a wrapper's fallback throws when {@code service} is down, slow,
     * failing or behind an open breaker. Expected failures are logged in one line, anything else with its trace.
     */
    public static ProblemException unavailable(String service, Throwable failure) {
        if (failure instanceof DownstreamFailedException || failure instanceof ProcessingException
                || failure instanceof TimeoutException || failure instanceof CircuitBreakerOpenException) {
            LOG.warnf("%s is unavailable: %s", service, failure);
        } else {
            LOG.errorf(failure, "%s call failed unexpectedly", service);
        }
        return ProblemException.serviceUnavailable("The " + service + " service is not available at the moment. "
                + "Try again in " + RETRY_AFTER.toSeconds() + " seconds.", RETRY_AFTER);
    }
}
