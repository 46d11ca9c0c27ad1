package io.pmi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/** Answers a problem from a Vert.x route, for what is refused before Quarkus REST sees the request. */
public final class RoutingProblems {

    private RoutingProblems() {
    }

    public static void answer(RoutingContext context, ObjectMapper json, Problem problem, Map<String, String> headers) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(problem.getStatus()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach(context.response()::putHeader);
        context.response().end(body);
    }

    /** The raw path of the request, for {@code instance}. */
    public static String instance(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
