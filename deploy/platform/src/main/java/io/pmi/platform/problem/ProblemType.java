package io.pmi.platform.problem;

import java.net.URI;

/**
 * A kind of error with a stable {@code type} URI, so that clients can tell one 400 or 422 from another and
 * translate messages. Services declare their own kinds next to these common ones.
 *
 * @param slug   the last segment of the type URI, stable forever once released
 * @param status the HTTP status it is answered with
 * @param title  a short English summary, the same for every occurrence
 */
public record ProblemType(String slug, int status, String title) {

    public static final String BASE_URI = "https://pmi-suite.dev/problems/";

    public static final ProblemType MALFORMED_JSON = new ProblemType("malformed-json", 400, "Malformed JSON");
    public static final ProblemType VALIDATION = new ProblemType("validation", 400, "Invalid request");
    public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", 400, "Bad request");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", 401, "Authentication required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "Forbidden");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405, "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406, "Not acceptable");
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409, "Conflict");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed", 412, "Precondition failed");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413, "Payload too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", 415, "Unsupported media type");
    public static final ProblemType PRECONDITION_REQUIRED =
            new ProblemType("precondition-required", 428, "Precondition required");
    public static final ProblemType SERVICE_UNAVAILABLE =
            new ProblemType("service-unavailable", 503, "Service unavailable");
    public static final ProblemType INTERNAL = new ProblemType("internal", 500, "Internal error");

    private static final java.util.List<ProblemType> COMMON = java.util.List.of(VALIDATION, UNAUTHORIZED, FORBIDDEN,
            NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, PRECONDITION_FAILED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE, PRECONDITION_REQUIRED, SERVICE_UNAVAILABLE, INTERNAL);

    /** The common kind answered with this status, if there is one. */
    public static java.util.Optional<ProblemType> commonFor(int status) {
        return COMMON.stream().filter(type -> type.status == status).findFirst();
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }
}
