package io.pmi.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A request without a body needs no Content-Type, and whatever one it names says nothing: a transition whose body
 * is optional ({@code POST …/cancel}) is read as JSON with no entity instead of being refused with a 415.
 */
@Provider
@PreMatching
public class EmptyBodyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!hasBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") != null : !"0".equals(length.trim());
    }
}
