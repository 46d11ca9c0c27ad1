package io.pmi.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.problem.Problem;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.problem.RoutingProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cross-origin requests that Quarkus's CORS filter would refuse with an empty 403, refused here first with a problem
 * that says why. The rules are the filter's, for {@code quarkus.http.cors.origins} and {@code .methods}: an origin is
 * allowed when it is listed, matches a listed {@code /regular expression/}, the list is {@code *}, or it is the
 * service's own origin; a listed origin may use the listed methods only. Whatever this lets through, the filter
 * still decides.
 */
@ApplicationScoped
public class CorsRefusals {

    private final ObjectMapper json;
    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;
    private final List<String> methods;

    public CorsRefusals(ObjectMapper json,
                        @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
                        @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
                        @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.json = json;
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.anyOrigin = this.origins.size() == 1 && (this.origins.get(0).equals("*") || this.origins.get(0).equals("/.*/"));
        this.originPatterns = this.origins.stream().filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.methods = methods.orElse(List.of()).stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).toList();
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 60).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || anyOrigin) {
            context.next();
            return;
        }
        boolean listed = origins.contains(origin) || originPatterns.stream().anyMatch(p -> p.matcher(origin).matches());
        if (!listed && !sameOrigin(request, origin)) {
            refuse(context, "The origin " + origin + " may not call this service from a browser (CORS); the "
                    + "service's operator lists the allowed origins.");
        } else if (listed && !methods.isEmpty() && !methods.contains(request.method().name())) {
            refuse(context, "Cross-origin " + request.method().name() + " requests are not allowed (CORS); "
                    + "allowed: " + String.join(", ", methods) + ".");
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, String detail) {
        RoutingProblems.answer(context, json, new Problem(ProblemType.FORBIDDEN, detail,
                RoutingProblems.instance(context), null, null), Map.of(HttpHeaders.VARY.toString(), "Origin"));
    }

    /** The request's own scheme, host and port, default ports included. */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        if (request.authority() == null) {
            return false;
        }
        try {
            URI self = URI.create(request.scheme() + "://" + request.authority());
            URI other = URI.create(origin);
            return other.getHost() != null && (other.getPath() == null || other.getPath().isEmpty())
                    && self.getScheme().equalsIgnoreCase(other.getScheme())
                    && self.getHost().equalsIgnoreCase(other.getHost())
                    && port(self) == port(other);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
