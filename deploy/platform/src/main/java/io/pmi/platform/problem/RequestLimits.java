package io.pmi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits checked before a request is read, answered as problems rather than Vert.x's empty responses:
 * a body announced larger than {@code quarkus.http.limits.max-body-size} (413), and an {@code Authorization}
 * header over {@value #MAX_AUTHORIZATION_LENGTH} characters (401; SmallRye JWT has no size limit of its own, and
 * parsing arbitrarily large tokens is work an attacker gets for free).
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_AUTHORIZATION_LENGTH = 8192;

    private final long maxBodySize;
    private final ObjectMapper json;

    public RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (length != null && exceeds(length)) {
                answer(context, new Problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the "
                        + maxBodySize + " bytes this service accepts.", context.request().path(), null, null), null);
            } else if (authorization != null && authorization.length() > MAX_AUTHORIZATION_LENGTH) {
                answer(context, new Problem(ProblemType.UNAUTHORIZED, "The bearer token is larger than "
                        + MAX_AUTHORIZATION_LENGTH + " characters.", context.request().path(), null, null),
                        ProblemMappers.INVALID_TOKEN_CHALLENGE);
            } else {
                context.next();
            }
        });
    }

    private void answer(RoutingContext context, Problem problem, String challenge) {
        context.response().setStatusCode(problem.getStatus()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (challenge != null) {
            context.response().putHeader("WWW-Authenticate", challenge);
        }
        if (problem.getStatus() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        try {
            context.response().end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
