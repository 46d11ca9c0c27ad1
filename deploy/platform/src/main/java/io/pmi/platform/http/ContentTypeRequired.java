package io.pmi.platform.http;

import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A body without a {@code Content-Type} is refused with a 415 by the operations that read a body, rather than read as
 * JSON on a guess. A request without a body needs none ({@link EmptyBodyFilter}), and an operation that reads no body
 * ignores one.
 */
public class ContentTypeRequired {

    private static final String[] NOT_A_BODY = {"jakarta.ws.rs.", "org.jboss.resteasy.reactive.", "io.vertx."};

    private final Map<Method, Boolean> readsBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUntypedBodies(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !EmptyBodyFilter.hasBody(request)
                || !readsBody.computeIfAbsent(method, ContentTypeRequired::hasBodyParameter)) {
            return null;
        }
        return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request has a body but no Content-Type: "
                + "send it as application/json.", request.getUriInfo().getRequestUri().getRawPath());
    }

    /** A parameter that is neither a JAX-RS parameter ({@code @PathParam}, {@code @Context}, ...) nor a context type. */
    private static boolean hasBodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                    .anyMatch(type -> startsWithAny(type.getName()));
            if (!annotated && !startsWithAny(parameter.getType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String name) {
        return Arrays.stream(NOT_A_BODY).anyMatch(name::startsWith);
    }
}
