package io.pmi.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 2: each service's committed contract against its last release under {@code docs/contracts}, and
 * the rule itself against changes known to break or not.
 */
class ContractEvolutionTest {

    private static final Path ROOT = Path.of("..", "..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {"question-bank-service", "interview-service", "report-service"})
    void theCommittedContractKeepsEveryClientOfTheLastReleaseWorking(String service) throws IOException {
        Path release = ContractEvolution.lastRelease(ROOT.resolve("docs/contracts").resolve(service));
        ContractEvolution.Verdict verdict = ContractEvolution.judge(Files.readString(release), committed(service));
        assertTrue(verdict.allowed(), service + " against " + release.getFileName() + ": " + verdict.explain());
    }

    @Test
    void removingAnOperationBreaksClientsUnlessTheMajorVersionIsRaised() throws IOException {
        String released = committed("interview-service");
        ObjectNode contract = (ObjectNode) YAML.readTree(released);
        ((ObjectNode) contract.path("paths")).remove("/api/v1/participants/{externalId}/chain");

        ContractEvolution.Verdict sameMajor = ContractEvolution.judge(released, YAML.writeValueAsString(contract));
        assertTrue(sameMajor.incompatible(), sameMajor.report());
        assertFalse(sameMajor.allowed());
        assertTrue(sameMajor.report().contains("/api/v1/participants/{externalId}/chain"), sameMajor.report());

        ((ObjectNode) contract.path("info")).put("version", "2.0.0");
        assertTrue(ContractEvolution.judge(released, YAML.writeValueAsString(contract)).allowed());
    }

    @Test
    void aNewOptionalResponseFieldIsCompatible() throws IOException {
        String released = committed("report-service");
        ObjectNode contract = (ObjectNode) YAML.readTree(released);
        ObjectNode schemas = (ObjectNode) contract.path("components").path("schemas");
        ObjectNode report = (ObjectNode) schemas.path("Report").path("properties");
        report.putObject("addedLater").put("type", "string");

        ContractEvolution.Verdict verdict = ContractEvolution.judge(released, YAML.writeValueAsString(contract));
        assertFalse(verdict.incompatible(), verdict.report());
        assertFalse(verdict.unchanged());
        assertTrue(verdict.allowed());
    }

    @Test
    void theVersionNeverGoesBack() throws IOException {
        String released = committed("question-bank-service");
        ObjectNode contract = (ObjectNode) YAML.readTree(released);
        ((ObjectNode) contract.path("info")).put("version", "0.9.0");

        ContractEvolution.Verdict verdict = ContractEvolution.judge(released, YAML.writeValueAsString(contract));
        assertFalse(verdict.allowed(), verdict.explain());
        assertTrue(verdict.explain().startsWith("info.version went back"), verdict.explain());
    }

    @Test
    void theLastReleaseIsTheHighestVersionNotTheLastName(@TempDir Path releases)
            throws IOException {
        for (String version : new String[]{"1.9.0", "1.10.0", "1.2.3"}) {
            Files.writeString(releases.resolve(version + ".yaml"), "");
        }
        assertEquals("1.10.0.yaml", ContractEvolution.lastRelease(releases).getFileName().toString());
    }

    private static String committed(String service) throws IOException {
        return Files.readString(ROOT.resolve(service).resolve("src/main/openapi/openapi.yaml"));
    }
}
