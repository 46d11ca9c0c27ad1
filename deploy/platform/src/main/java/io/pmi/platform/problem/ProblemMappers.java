package io.pmi.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pmi.platform.client.DownstreamRefusedException;
import io.pmi.platform.json.InvalidTextException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Maps every exception that reaches Quarkus REST to an RFC 9457 problem, unknown paths and methods included.
 * Limits checked before a request is read (oversized bodies and tokens) are answered by {@link RequestLimits}.
 */
public class ProblemMappers {

    /** RFC 6750 challenges: without a token, and with a token that is not valid here. */
    public static final String CHALLENGE = "Bearer realm=\"pmi-suite\"";
    public static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.type(), e.getMessage(), instance(uri), e.errors(), e.extensions(), e.headers());
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri, ResourceInfo resource) {
        return violations((ConstraintViolationException) e, uri, resource);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            // A response that breaks its own constraints is our bug, not the client's.
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> ViolationPaths.toFieldError(v, method))
                .sorted((a, b) -> (a.in() + a.path() + a.code()).compareTo(b.in() + b.path() + b.code()))
                .toList();
        return Problems.validation(instance(uri), ViolationPaths.withoutMoot(errors));
    }

    /** Jackson's errors: syntax is malformed JSON, everything else names the field it happened on. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** The problem of a Jackson error; also what {@link BodyValidation} makes of one it cannot read past. */
    static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        String instance = instance(uri);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(unknown), "unknown-field",
                    "unknown field '" + unknown.getPropertyName() + "'")));
        }
        if (e instanceof InvalidTextException text) {
            return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(text), "invalid-character",
                    text.getOriginalMessage())));
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"))
                    : null;
            if (JsonPaths.wrongKind(invalid.getValue(), target)) {
                // Coercion is off (StrictJson): a scalar of another JSON type is a wrong type, not a bad value.
                return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(invalid), "invalid-type",
                        "expected " + JsonPaths.typeName(target) + (allowed == null ? "" : ", " + allowed))));
            }
            String message = allowed != null ? "must be " + allowed : "cannot be read as " + JsonPaths.typeName(target);
            return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(invalid), "invalid-value", message)));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(mismatched), "invalid-type",
                    "expected " + JsonPaths.typeName(mismatched.getTargetType()))));
        }
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof JsonParseException)) {
            return Problems.validation(instance, List.of(FieldError.body(JsonPaths.of(mapping), "invalid-value",
                    JsonPaths.shortMessage(mapping))));
        }
        String location = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return Problems.response(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + location + ".",
                instance);
    }

    /** A token was sent but is not valid here: bad signature, expired, wrong issuer or audience, no tenant. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, INVALID_TOKEN_CHALLENGE);
    }

    /** No token was sent to an operation that needs one. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, CHALLENGE);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.", instance(uri));
    }

    /** With the {@code Allow} header RFC 9110 asks for, which Quarkus REST leaves out. */
    private Response methodNotAllowed(UriInfo uri, Request request) {
        List<String> allowed = allowedMethods.of(instance(uri));
        String supported = allowed.isEmpty() ? "" : "; it supports " + String.join(", ", allowed);
        return Problems.response(ProblemType.METHOD_NOT_ALLOWED, "This resource does not support "
                + request.getMethod() + supported + ".", instance(uri), List.of(), Map.of(),
                allowed.isEmpty() ? Map.of() : Map.of(HttpHeaders.ALLOW, String.join(", ", allowed)));
    }

    private static Response unauthorized(UriInfo uri, String challenge) {
        return Problems.response(ProblemType.UNAUTHORIZED, "A valid bearer token is required: it is missing, "
                        + "malformed, expired, not yet valid, or not issued for this service.", instance(uri), List.of(),
                Map.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    /**
     * Another service refused a call and the caller did not decide what that means. A 403 is the caller's role
     * (its token was passed on); anything else is a request we should not have sent.
     */
    @ServerExceptionMapper
    public Response downstreamRefused(DownstreamRefusedException e, UriInfo uri) {
        return e.status() == 403 ? forbidden(null, uri) : unexpected(e, uri);
    }

    /** Two writers raced on the same version: the loser must read again, as with a stale If-Match. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, "The resource was changed by someone else at the "
                + "same time. Read it again and reapply your change.", instance(uri));
    }

    /** A unique key raced past the service's own check (two creates with the same code at once). */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, "The change conflicts with stored data (a duplicate key).",
                instance(uri));
    }

    /** Quarkus maps this subtype itself; naming it here makes ours the closer match. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        Response original = e.getResponse();
        if (original != null && original.getEntity() instanceof Problem problem) {
            return Response.fromResponse(original).entity(problem.at(instance(uri))).build();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = original == null ? 500 : original.getStatus();
        return switch (status) {
            case 400 -> Problems.response(ProblemType.BAD_REQUEST, "The request cannot be read: " + e.getMessage(),
                    instance(uri));
            case 401 -> unauthorized(uri, CHALLENGE);
            case 403 -> forbidden(null, uri);
            case 404 -> Problems.response(ProblemType.NOT_FOUND, "There is no resource at " + instance(uri) + ".",
                    instance(uri));
            case 405 -> methodNotAllowed(uri, request);
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE,
                    "This resource cannot answer in " + headers.getHeaderString(HttpHeaders.ACCEPT)
                            + "; it answers application/json.", instance(uri));
            case 413 -> Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.",
                    instance(uri));
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"
                    + " (got " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE) + ").", instance(uri));
            default -> status >= 500 ? unexpected(e, uri)
                    : Problems.response(ProblemType.BAD_REQUEST, e.getMessage(), instance(uri));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri == null ? "?" : uri.getPath());
        return Problems.response(ProblemType.INTERNAL,
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.", instance(uri));
    }


    static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
