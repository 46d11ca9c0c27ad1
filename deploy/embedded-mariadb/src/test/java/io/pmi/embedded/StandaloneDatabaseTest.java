package io.pmi.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandaloneDatabaseTest {

    @Test
    void nothingEmbeddedStartsWhenAJdbcUrlIsConfigured(@TempDir Path dir) {
        Optional<EmbeddedMariaDb> db = StandaloneDatabase.startUnlessConfigured("svc", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://db.example:3306/question_bank",
                "PMI_DATA_DIR", dir.toString()));
        assertTrue(db.isEmpty());
        assertFalse(Files.exists(dir.resolve("svc")), "no data directory is created");
    }

    @Test
    void aServiceWithoutJdbcUrlGetsItsOwnPersistentServerAndItsAccount(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb db = StandaloneDatabase.startUnlessConfigured("svc", Map.of("PMI_DATA_DIR", dir.toString()))
                .orElseThrow();
        try {
            assertTrue(Files.isDirectory(dir.resolve("svc/mariadb/data/mysql")));
            assertEquals(dir.resolve("svc/mariadb/client.cnf"), db.optionFile());
            Map<String, String> config = StandaloneDatabase.configurationFor(db);
            assertEquals(Map.of("pmi.embedded-db.port", Integer.toString(db.port()),
                    "quarkus.datasource.username", "pmi",
                    "quarkus.datasource.password", db.password()), config);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("svc"), config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"))) {
                assertTrue(c.isValid(5));
            }
        } finally {
            db.stop();
        }
    }
}
