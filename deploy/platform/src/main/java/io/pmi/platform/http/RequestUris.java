package io.pmi.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.problem.Problem;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.problem.RoutingProblems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Request URIs as clients send them, checked before any route reads them:
 * <ul>
 *     <li>non-ASCII characters sent raw, as curl sends {@code ?q=反馈}: the request line's bytes are the characters'
 *     UTF-8, so the URI is percent-encoded and routed again, and {@code q} reads {@code 反馈};</li>
 *     <li>a {@code %} not followed by two hexadecimal digits ({@code ?q=%ZZ}), which no route can decode, and any other
 *     URI that {@link URI} refuses: a {@code bad-request} problem saying what is wrong where.</li>
 * </ul>
 * Quarkus itself checks every request URI with {@link URI} before any route, and answers what it refuses (raw UTF-8
 * included: its bytes read as ISO-8859-1 are control characters) with an empty 400. Its only switch is the JVM
 * system property {@value #QUARKUS_URI_VALIDATION}, read once when Quarkus's HTTP layer starts; it is set here while
 * the CDI container starts (static init), which Quarkus does before that, so that this class makes the same check with
 * a problem for an answer.
 */
@ApplicationScoped
public class RequestUris {

    static final String QUARKUS_URI_VALIDATION = "vertx.disableURIValidation";
    private static final String HEX = "0123456789ABCDEF";

    private final ObjectMapper json;

    public RequestUris(ObjectMapper json) {
        this.json = json;
    }

    static void takeOverUriValidation(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        System.setProperty(QUARKUS_URI_VALIDATION, "true");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 50).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.startsWith("/") && !isAscii(uri)) {
            context.reroute(context.request().method(), percentEncodeNonAscii(uri));
            return;
        }
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String bad = firstBadEscape(path) != null ? "path has an invalid percent escape '" + firstBadEscape(path) + "'"
                : queryStart < 0 ? null : badParameter(uri.substring(queryStart + 1));
        if (bad != null) {
            refuse(context, "The request " + bad + ": '%' must be followed by two hexadecimal digits (send '%' itself "
                    + "as %25).", path);
            return;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            refuse(context, "The request URI is not valid: " + e.getReason() + " at index " + e.getIndex() + ".", path);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, String detail, String path) {
        RoutingProblems.answer(context, json, new Problem(ProblemType.BAD_REQUEST, detail, path, null, null), Map.of());
    }

    /** What is wrong with the first query parameter that has a bad escape, or null. */
    private static String badParameter(String query) {
        for (String parameter : query.split("&")) {
            String bad = firstBadEscape(parameter);
            if (bad != null) {
                int equals = parameter.indexOf('=');
                return "query parameter '" + (equals < 0 ? parameter : parameter.substring(0, equals))
                        + "' has an invalid percent escape '" + bad + "'";
            }
        }
        return null;
    }

    /** The first {@code %} with what follows it (up to two characters) that is not an escape, or null. */
    static String firstBadEscape(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                return text.substring(i, Math.min(text.length(), i + 3));
            }
        }
        return null;
    }

    /**
     * The request line is read as ISO-8859-1, one character per byte, so each character up to U+00FF is a byte of
     * the client's UTF-8 and is escaped as that byte; a character above it can only come decoded already, and is
     * escaped as its UTF-8.
     */
    static String percentEncodeNonAscii(String uri) {
        StringBuilder encoded = new StringBuilder(uri.length() * 3);
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x80) {
                encoded.append(c);
            } else if (c <= 0xFF) {
                escape(encoded, c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < uri.length() ? i + 2 : i + 1;
                for (byte b : uri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    escape(encoded, b & 0xFF);
                }
                i = end - 1;
            }
        }
        return encoded.toString();
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
