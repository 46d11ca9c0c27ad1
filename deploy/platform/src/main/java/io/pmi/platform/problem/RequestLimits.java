package io.pmi.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits checked before a request is read, answered as problems rather than Vert.x's empty responses:
 * a body announced larger than {@code pmi.http.max-body-size} (413; on the paths listed in
 * {@code pmi.http.bulk-paths}, such as imports, {@code quarkus.http.limits.max-body-size}, which Vert.x enforces on
 * every body and which must therefore be the larger), and an {@code Authorization}
 * header over {@value #MAX_AUTHORIZATION_LENGTH} characters (401; SmallRye JWT has no size limit of its own, and
 * parsing arbitrarily large tokens is work an attacker gets for free).
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_AUTHORIZATION_LENGTH = 8192;

    private final long maxBodySize;
    private final long bulkMaxBodySize;
    private final List<String> bulkPaths;
    private final ObjectMapper json;

    public RequestLimits(@ConfigProperty(name = "pmi.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize bulkMaxBodySize,
                         @ConfigProperty(name = "pmi.http.bulk-paths") Optional<List<String>> bulkPaths,
                         ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.bulkMaxBodySize = bulkMaxBodySize.asLongValue();
        this.bulkPaths = bulkPaths.orElse(List.of());
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            long limit = bulkPaths.contains(context.request().path()) ? bulkMaxBodySize : maxBodySize;
            if (length != null && exceeds(length, limit)) {
                answer(context, new Problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the "
                        + limit + " bytes accepted here.", context.request().path(), null, null), null);
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
        Map<String, String> headers = new HashMap<>();
        if (challenge != null) {
            headers.put("WWW-Authenticate", challenge);
        }
        if (problem.getStatus() == 413) {
            headers.put(HttpHeaders.CONNECTION.toString(), "close");
        }
        RoutingProblems.answer(context, json, problem, headers);
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
