package io.pmi.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions,
                            Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    /** A validation problem listing every invalid input, worded like the platform's own. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, Problems.validationDetail(errors.size()), errors, Map.of(),
                Map.of());
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist.");
    }

    /** A service this one needs cannot answer now; the client may try again after {@code retryAfter}. */
    public static ProblemException serviceUnavailable(String detail, Duration retryAfter) {
        return retryLater(ProblemType.SERVICE_UNAVAILABLE, detail, retryAfter);
    }

    /** A problem of {@code type} that passes once some time has gone by: it carries {@code Retry-After}. */
    public static ProblemException retryLater(ProblemType type, String detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), Map.of(),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
