package io.pmi.testsupport;

import io.pmi.embedded.StandaloneDatabase;
import io.pmi.embedded.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a service under test at the test JVM's one embedded MariaDB (started on first use, stopped when the
 * JVM exits) with its generated account, or at the server named by {@code QUARKUS_DATASOURCE_JDBC_URL} (and
 * the {@code QUARKUS_DATASOURCE_USERNAME}/{@code _PASSWORD} that go with it) when that is set.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        return StandaloneDatabase.configurationFor(TestDatabase.shared());
    }

    @Override
    public void stop() {
        // The server outlives Quarkus restarts within the JVM; its shutdown hook stops it at exit.
    }
}
