package io.pmi.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the application's resources answers, for the {@code Allow} header of a 405 (Quarkus REST
 * sends none). Read once from the resource classes' annotations and matched as the router matches: the resource class
 * whose own path has the most literal characters takes the request ({@code /questions/lint} over
 * {@code /questions} with {@code /{id}}), and a template variable matches one segment unless it names a regular
 * expression.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    private record Route(int classLiterals, Pattern path, String method) {
    }

    /** The methods {@code rawPath} answers, GET with HEAD and always OPTIONS (answered by Quarkus REST itself). */
    public List<String> of(String rawPath) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        Set<String> methods = new TreeSet<>(Comparator.comparingInt((String m) -> ORDER.contains(m) ? ORDER.indexOf(m)
                : ORDER.size()).thenComparing(Comparator.naturalOrder()));
        List<Route> matching = routes().stream().filter(route -> route.path().matcher(path).matches()).toList();
        int closest = matching.stream().mapToInt(Route::classLiterals).max().orElse(0);
        matching.stream().filter(route -> route.classLiterals() == closest).forEach(route -> methods.add(route.method()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return List.copyOf(methods);
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null || type.isInterface()) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        found.add(new Route(literals(classPath.value()), pattern("/" + classPath.value() + "/"
                                + (methodPath == null ? "" : methodPath.value())), httpMethod));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** The characters of a template outside its variables. */
    static int literals(String template) {
        return template.replaceAll("\\{[^}]*}", "").length();
    }

    /** {@code /a/{id}/b/{n: [0-9]+}} as a regular expression over raw paths. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                if (c != '/' || literal.isEmpty() || literal.charAt(literal.length() - 1) != '/') {
                    literal.append(c);
                }
                continue;
            }
            int depth = 1;
            int end = i + 1;
            while (end < template.length() && depth > 0) {
                depth += template.charAt(end) == '{' ? 1 : template.charAt(end) == '}' ? -1 : 0;
                end++;
            }
            String variable = template.substring(i + 1, end - 1);
            int colon = variable.indexOf(':');
            regex.append(Pattern.quote(literal.toString()))
                    .append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            literal.setLength(0);
            i = end - 1;
        }
        String rest = literal.toString();
        if (rest.endsWith("/") && (rest.length() > 1 || !regex.isEmpty())) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (!rest.isEmpty()) {
            regex.append(Pattern.quote(rest));
        }
        return Pattern.compile(regex.toString());
    }
}
