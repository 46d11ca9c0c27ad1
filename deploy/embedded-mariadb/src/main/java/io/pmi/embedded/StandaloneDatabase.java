package io.pmi.embedded;

import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a packaged service run on its own: when no JDBC URL is configured, it starts an embedded server in
 * {@code $PMI_DATA_DIR/<service>/mariadb} (default {@code data/}) and points the service at it through the
 * {@value #PORT_PROPERTY} property that each service's JDBC URL refers to, and the server's account.
 */
public final class StandaloneDatabase {

    public static final String PORT_PROPERTY = "pmi.embedded-db.port";
    private static final Logger LOG = Logger.getLogger(StandaloneDatabase.class);

    private StandaloneDatabase() {
    }

    public static void startUnlessConfigured(String service) {
        startUnlessConfigured(service, System.getenv()).ifPresent(db -> {
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
            configurationFor(db).forEach(System::setProperty);
        });
    }

    /**
     * The configuration that points a service at {@code db}. The account is set as the datasource's own
     * properties, so it wins over the defaults; nothing embedded runs when a deployment names its server.
     */
    public static Map<String, String> configurationFor(EmbeddedMariaDb db) {
        return Map.of(PORT_PROPERTY, Integer.toString(db.port()),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    static Optional<EmbeddedMariaDb> startUnlessConfigured(String service, Map<String, String> env) {
        if (isSet(env.get("QUARKUS_DATASOURCE_JDBC_URL")) || isSet(System.getProperty("quarkus.datasource.jdbc.url"))
                || isSet(System.getProperty(PORT_PROPERTY))) {
            return Optional.empty();
        }
        String dataDir = env.get("PMI_DATA_DIR");
        Path root = Path.of(isSet(dataDir) ? dataDir : "data", service, "mariadb").toAbsolutePath();
        LOG.warnf("No QUARKUS_DATASOURCE_JDBC_URL set: starting an embedded MariaDB in %s (for local use only)", root);
        return Optional.of(EmbeddedMariaDb.start(root, 0, false));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
