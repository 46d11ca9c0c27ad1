package io.pmi.platform.http;

import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.problem.Problems;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A request whose {@code Accept} gives every media type the operation produces a quality of 0 is answered 406, as
 * one that names none of them is. An operation that produces {@code *}{@code /*} negotiates for itself, and one that
 * answers no content ({@code void}) has nothing to negotiate.
 */
public class ContentNegotiation {

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseWhatAcceptRefuses(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.getReturnType() == void.class) {
            return null;
        }
        List<MediaType> types = produced.computeIfAbsent(method, m -> producedBy(m, resource.getResourceClass()));
        if (types.isEmpty() || types.stream().anyMatch(MediaType::isWildcardType)) {
            return null;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        AcceptHeader header = AcceptHeader.parse(accept);
        if (types.stream().anyMatch(type -> header.quality(type) > 0)) {
            return null;
        }
        return Problems.response(ProblemType.NOT_ACCEPTABLE, "This resource cannot answer in " + accept + "; it "
                + "answers " + types.stream().map(MediaType::toString).collect(Collectors.joining(" or ")) + ".",
                request.getUriInfo().getRequestUri().getRawPath());
    }

    private static List<MediaType> producedBy(Method method, Class<?> resourceClass) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resourceClass.getAnnotation(Produces.class);
        }
        return produces == null ? List.of() : Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(value -> MediaType.valueOf(value.trim()))
                .toList();
    }
}
