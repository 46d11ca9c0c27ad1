package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the Spectral CLI ({@code @stoplight/spectral-cli}) with the repository's {@code .spectral.yaml} (the
 * {@code spectral:oas} ruleset) on the served contract and fails on any error; warnings are printed. There is no
 * Spectral for Java, so the binary comes from {@code PMI_SPECTRAL} (which {@code .ci/run} sets after installing a
 * pinned version) or from the {@code PATH}; without either the check is skipped with a message, and with
 * {@code PMI_SPECTRAL} naming nothing runnable it fails, so CI cannot skip it.
 */
public final class SpectralLint {

    public static final String ENV = "PMI_SPECTRAL";
    private static final int SEVERITY_ERROR = 0;

    private SpectralLint() {
    }

    public static void assertServedContractPasses() throws IOException, InterruptedException {
        String binary = binary().orElse(null);
        Assumptions.assumeTrue(binary != null, "Spectral CLI not found: set " + ENV + " to the spectral binary or put "
                + "spectral on the PATH (npm install --prefix ~/.cache/pmi-spectral @stoplight/spectral-cli, as "
                + ".ci/run does); the contract was NOT linted");
        Path ruleset = RolePolicy.repositoryRoot().resolve(".spectral.yaml");
        assertTrue(Files.exists(ruleset), "no ruleset at " + ruleset);
        Path target = Files.createDirectories(Path.of("target"));
        Path contract = target.resolve("served-openapi.json");
        Files.writeString(contract, RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString(), StandardCharsets.UTF_8);
        Path report = target.resolve("spectral.json");
        Files.deleteIfExists(report);
        Path log = target.resolve("spectral.log");
        Process process = new ProcessBuilder(binary, "lint", "--ruleset", ruleset.toString(), "--format", "json",
                "--output", report.toString(), "--fail-severity", "error", contract.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Spectral did not finish within 3 minutes; see " + log.toAbsolutePath());
        }
        if (!Files.exists(report)) {
            fail("Spectral wrote no report (exit " + process.exitValue() + "): " + Files.readString(log));
        }
        JsonNode results = new ObjectMapper().readTree(report.toFile());
        List<String> errors = new ArrayList<>();
        for (JsonNode result : results) {
            String line = result.path("code").asText() + " at " + result.path("path") + " (line "
                    + (result.path("range").path("start").path("line").asInt() + 1) + "): "
                    + result.path("message").asText();
            if (result.path("severity").asInt() == SEVERITY_ERROR) {
                errors.add(line);
            } else {
                System.out.println("Spectral: " + line);
            }
        }
        assertTrue(errors.isEmpty(), "Spectral (" + ruleset.getFileName() + ") reports errors in the served "
                + "contract (" + contract.toAbsolutePath() + "):\n" + String.join("\n", errors));
        assertTrue(process.exitValue() == 0, "Spectral failed (exit " + process.exitValue() + "): "
                + Files.readString(log));
    }

    /** {@code PMI_SPECTRAL} when set (and then it must run), else {@code spectral} on the PATH. */
    private static Optional<String> binary() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                fail(ENV + "=" + configured + " is not an executable file");
            }
            return Optional.of(configured);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "spectral");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
