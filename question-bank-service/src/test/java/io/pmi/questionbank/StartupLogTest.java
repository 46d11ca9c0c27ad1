package io.pmi.questionbank;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.pmi.testsupport.TestTokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up and the first reads leave no warning that hides a real one: no {@code @Valid} on containers (HV000271),
 * no failed JDBC metadata (HHH000339), no page of a collection fetch applied in memory (HHH90003004).
 */
@QuarkusTest
class StartupLogTest {

    @ConfigProperty(name = "quarkus.log.file.path")
    Path log;

    @Test
    void startUpAndTheTaxonomyReadsLogNoneOfTheKnownWarnings() throws IOException {
        as("startup-log", "INTERVIEWER").get("/api/v1/dimensions").then().statusCode(200);
        as("startup-log", "INTERVIEWER").get("/api/v1/dimensions/FEEDBACK").then().statusCode(200);
        // A warning of our own shows that the file holds what the service logs.
        String marker = "startup-log-marker-" + UUID.randomUUID();
        Logger.getLogger(StartupLogTest.class).warn(marker);
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(line -> line.contains(marker)), "the test log " + log + " is written");
        List<String> noisy = lines.stream()
                .filter(line -> line.contains("HV000271") || line.contains("HHH000339")
                        || line.contains("HHH90003004"))
                .toList();
        assertEquals(List.of(), noisy);
    }
}
