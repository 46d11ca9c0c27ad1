package io.pmi.platform.client;

/** Another service answered a 5xx: retried (idempotent calls), counted by the breaker, answered as a 503. */
public class DownstreamFailedException extends RuntimeException {

    private final int status;

    public DownstreamFailedException(int status) {
        super("answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
