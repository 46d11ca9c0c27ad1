package io.pmi.report.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's input is stored in the format of the database's own COMPRESS(): what the service writes, the database
 * reads, and the other way round (the V3 migration converted the earlier rows with COMPRESS()).
 */
@QuarkusTest
class ReportStorageTest {

    @InjectWireMock
    WireMockServer downstream;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private String campaign;
    private String subject;

    @BeforeEach
    void stubs() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        campaign = UUID.randomUUID().toString();
        subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
        InterviewStubs.fourSources(campaign, subject, InterviewStubs.PLAIN).stub(downstream);
    }

    @Test
    void theDatabaseReadsTheStoredInputAndTheServiceReadsWhatTheDatabaseCompressed() throws Exception {
        String id = as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body("{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject + "\"}")
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        String before = as(TENANT_A, "HR_ADMIN").get("/api/v1/reports/" + id).then().statusCode(200)
                .extract().asString();

        String plain;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT UNCOMPRESS(input_z), LENGTH(input_z), UNCOMPRESSED_LENGTH(input_z) FROM report WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                plain = new String(row.getBytes(1), StandardCharsets.UTF_8);
                assertEquals(plain.getBytes(StandardCharsets.UTF_8).length, row.getInt(3));
                assertTrue(row.getInt(2) * 3 < row.getInt(3), "stored compressed: " + row.getInt(2) + " of "
                        + row.getInt(3) + " bytes");
            }
        }
        JsonNode input = json.readTree(plain);
        assertEquals(subject, input.path("subject").path("externalId").asText());
        assertEquals(7, input.path("interviews").size());

        // Written back by the database's COMPRESS(), the report reads exactly as before.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE report SET input_z = COMPRESS(?) WHERE id = ?")) {
            update.setString(1, plain);
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(before, as(TENANT_A, "HR_ADMIN").get("/api/v1/reports/" + id).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theFormatRoundTripsAndRefusesWhatIsNotIt() throws IOException {
        byte[] text = "目标设定 KPI \"quotes\" \u0000 and more".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] stored = Compressed.compress(text);
        assertEquals(text.length, (stored[0] & 0xff) | (stored[1] & 0xff) << 8 | (stored[2] & 0xff) << 16
                | (stored[3] & 0xff) << 24, "the uncompressed length, low byte first");
        try (InputStream in = Compressed.open(stored)) {
            assertArrayEquals(text, in.readAllBytes());
        }
        assertEquals(0, Compressed.compress(new byte[0]).length, "COMPRESS('') is empty");
        try (InputStream in = Compressed.open(new byte[0])) {
            assertEquals(0, in.readAllBytes().length);
        }
        assertThrows(IllegalArgumentException.class, () -> Compressed.open(new byte[] {1, 2}));
    }

    @Test
    void anInputCompressedByTheDatabaseDecompressesHere() throws SQLException, IOException {
        String text = "反馈频率 — feedback, weekly or rarely ".repeat(40);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COMPRESS(?)")) {
            select.setString(1, text);
            try (ResultSet row = select.executeQuery(); InputStream in = next(row)) {
                assertEquals(text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theMigrationCompressesTheInputsStoredBeforeIt() throws SQLException, IOException {
        String schema = "report_v3_" + UUID.randomUUID().toString().substring(0, 8);
        String input = "{\"subject\": {\"externalId\": \"E-1\"}, \"quote\": \"反馈很少 \\\\ 'x'\"}";
        try {
            flyway(schema, "2").migrate();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".report (id, "
                         + "tenant_id, campaign_id, subject_external_id, report_version, input_json, generated_by, "
                         + "created_at, updated_at) VALUES ('r-1', 't', 'c', 'E-1', 1, ?, 'hr', NOW(6), NOW(6))")) {
                insert.setString(1, input);
                insert.executeUpdate();
            }
            flyway(schema, "latest").migrate();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("SELECT input_z FROM " + schema
                         + ".report WHERE id = 'r-1'");
                 ResultSet row = select.executeQuery(); InputStream in = next(row)) {
                assertEquals(input, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement drop = connection.prepareStatement("DROP DATABASE IF EXISTS " + schema)) {
                drop.executeUpdate();
            }
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    private static InputStream next(ResultSet row) throws SQLException {
        assertTrue(row.next());
        return Compressed.open(row.getBytes(1));
    }
}
