package io.pmi.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON request body so that one 400 names every mistake in it. Jackson skips unknown fields and reads
 * values of the wrong type as null, noting each ({@link JsonInputErrors}); when it noted any, the body is also
 * checked against its Bean Validation constraints (leaving out those on values that could not be read) and by the
 * service's {@link BodyCheck}s, and the request is refused with all of them. A body with no such mistake goes on
 * to the resource as usual, whose method validation and service run their checks in turn; a body whose type has a
 * {@link BodyCheck} is validated here already, so that its constraint errors come with the check's.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Priority(Priorities.USER)
public class BodyValidation implements ReaderInterceptor {

    private static final Comparator<FieldError> ORDER = Comparator.comparing(e -> e.in() + e.path() + e.code());

    private final Validator validator;
    private final Instance<BodyCheck<?>> checks;
    private final Map<Class<?>, List<BodyCheck<Object>>> checksByType = new ConcurrentHashMap<>();

    public BodyValidation(Validator validator, @Any Instance<BodyCheck<?>> checks) {
        this.validator = validator;
        this.checks = checks;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        List<FieldError> errors = JsonInputErrors.open();
        Object body;
        try {
            body = context.proceed();
        } catch (JsonMappingException e) {
            if (errors.isEmpty() || e.getCause() instanceof JsonParseException) {
                throw e;
            }
            errors.addAll(mappingErrors(e));
            throw invalid(errors);
        } finally {
            JsonInputErrors.close();
        }
        List<BodyCheck<Object>> applicable = body == null ? List.of() : checksFor(body.getClass());
        if (errors.isEmpty() && applicable.isEmpty()) {
            return body;
        }
        List<FieldError> unread = List.copyOf(errors);
        if (body != null) {
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                FieldError error = ViolationPaths.toFieldError(violation, null);
                if (unread.stream().noneMatch(u -> within(error.path(), u.path()))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            Set<String> invalid = new LinkedHashSet<>();
            errors.forEach(error -> invalid.add(error.path()));
            applicable.forEach(check -> errors.addAll(check.check(body, invalid)));
            throw invalid(errors);
        }
        return body;
    }

    /** What the problem mappers make of an error Jackson could not read past (a coercion it refuses, say). */
    private static List<FieldError> mappingErrors(JsonMappingException e) {
        Object entity = ProblemMappers.jsonProblem(e, null).getEntity();
        return entity instanceof Problem problem && problem.getErrors() != null ? problem.getErrors() : List.of();
    }

    private static ProblemException invalid(List<FieldError> errors) {
        return ProblemException.invalid(ViolationPaths.withoutMoot(errors.stream().distinct().sorted(ORDER).toList()));
    }

    /** Whether {@code path} is {@code parent} or lies inside it ({@code scale.anchors[0]} in {@code scale}). */
    private static boolean within(String path, String parent) {
        return path.equals(parent) || path.startsWith(parent + ".") || path.startsWith(parent + "[");
    }

    @SuppressWarnings("unchecked")
    private List<BodyCheck<Object>> checksFor(Class<?> type) {
        return checksByType.computeIfAbsent(type, t -> checks.stream()
                .filter(check -> check.bodyType().isAssignableFrom(t))
                .map(check -> (BodyCheck<Object>) check)
                .toList());
    }
}
