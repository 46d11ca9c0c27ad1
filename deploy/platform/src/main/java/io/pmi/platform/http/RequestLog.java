package io.pmi.platform.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * One INFO line per request the application serves ({@code /api}; health, metrics and the contract are served
 * elsewhere and not logged), written on the thread that served it so that the log format's trace id
 * (OpenTelemetry's, from an incoming {@code traceparent} or a new one) ties it to every other line of the request,
 * in this service and in those it called. The line has the method, the path without its query (queries can carry
 * names), the status and the time taken; bodies and headers never.
 */
@Provider
@PreMatching
@Priority(Priorities.USER - 1000)
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestLog.class);
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        LOG.infof("%s %s %d %d ms", request.getMethod(), path, response.getStatus(), millis);
    }
}
