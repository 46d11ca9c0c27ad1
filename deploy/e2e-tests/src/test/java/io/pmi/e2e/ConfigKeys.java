package io.pmi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a service reads, found in its code and the platform's: the keys of their properties files, the
 * environment variables those files name in {@code ${…}} expressions, {@code @ConfigProperty} names, and each
 * {@code @ConfigMapping} interface's methods, plus the standard settings the extensions read (JWT, OpenTelemetry).
 * A deployment file that sets anything else sets something no one reads: a typo, or a setting that was removed.
 */
final class ConfigKeys {

    /** Read by extensions without being named in our files; each is documented in the README. */
    private static final Set<String> EXTENSION_SETTINGS = Set.of("mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer", "mp.jwt.verify.audiences", "quarkus.otel.exporter.otlp.endpoint");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)[:}]");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+[A-Za-z<>, .]+\\s+([a-z][A-Za-z0-9]*)\\(\\);",
            Pattern.MULTILINE);

    private ConfigKeys() {
    }

    /** The environment variables {@code service} reads, in their environment form ({@code QUARKUS_HTTP_HOST}). */
    static Set<String> environmentOf(Path root, String service) {
        Set<String> keys = new TreeSet<>(EXTENSION_SETTINGS);
        Set<String> variables = new TreeSet<>();
        for (Path properties : new Path[]{root.resolve(service).resolve("src/main/resources/application.properties"),
                root.resolve("deploy/platform/src/main/resources/META-INF/microprofile-config.properties")}) {
            for (String line : read(properties).split("\n")) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                if (equals > 0) {
                    String key = trimmed.substring(0, equals).trim();
                    keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
                }
                Matcher expression = EXPRESSION.matcher(trimmed);
                while (expression.find()) {
                    variables.add(expression.group(1));
                }
            }
        }
        for (Path source : sources(root.resolve(service).resolve("src/main/java"),
                root.resolve("deploy/platform/src/main/java"))) {
            String code = read(source);
            Matcher property = CONFIG_PROPERTY.matcher(code);
            while (property.find()) {
                keys.add(property.group(1));
            }
            Matcher mapping = CONFIG_MAPPING.matcher(code);
            if (mapping.find()) {
                Matcher method = MAPPING_METHOD.matcher(code);
                while (method.find()) {
                    keys.add(mapping.group(1) + "." + kebab(method.group(1)));
                }
            }
        }
        keys.forEach(key -> variables.add(environmentForm(key)));
        return variables;
    }

    /** How an environment variable names a setting (MicroProfile Config: upper case, anything else an underscore). */
    static String environmentForm(String key) {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Set<Path> sources(Path... dirs) {
        Set<Path> found = new TreeSet<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
