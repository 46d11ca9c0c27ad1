package io.pmi.report.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Campaign summaries as jobs, against the real database, interview-service and the question bank played by
 * WireMock: the result, what is withheld, the job's state in the database, and every way a job ends.
 */
@QuarkusTest
class SummaryResourceTest {

    @InjectWireMock
    WireMockServer downstream;

    @Inject
    DataSource dataSource;

    private String campaign;
    private String prefix;

    @BeforeEach
    void stubs() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        campaign = UUID.randomUUID().toString();
        prefix = "S" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    private InterviewStubs.Export agreeing(String subject, String department, int scale, int peers) {
        InterviewStubs.Export export = new InterviewStubs.Export(campaign, subject).department(department)
                .managers(InterviewStubs.MANAGER);
        export.record("2026-Q3", "2026-07-01", 100, 100);
        export.interview("SELF", scale, "MONTHLY", "方向清楚,每月都会沟通。", "POSITIVE");
        export.interview("SUPERVISOR", scale, "MONTHLY", "方向清楚,每月都会沟通。", "POSITIVE");
        for (int i = 0; i < peers; i++) {
            export.interview("PEER", scale, "MONTHLY", "方向清楚。", "POSITIVE");
        }
        return export;
    }

    /**
     * Four subjects in three departments: A as in the reports' tests (sources disagree, attainment near 60 %), B
     * and C whose sources agree, D with only a SELF interview; R has records but no exported interview.
     */
    private List<InterviewStubs.Export> campaignOfFour() {
        InterviewStubs.Export a = InterviewStubs.fourSources(campaign, prefix + "A", InterviewStubs.PLAIN);
        InterviewStubs.Export b = agreeing(prefix + "B", "销售部", 4, 2);
        InterviewStubs.Export c = agreeing(prefix + "C", "客服部", 3, 2);
        InterviewStubs.Export d = new InterviewStubs.Export(campaign, prefix + "D").department("法务部");
        d.interview("SELF", 4, "MONTHLY", "还可以。", "NEUTRAL");
        return List.of(a, b, c, d);
    }

    private Response start(String tenant, String campaignId) {
        return as(tenant, "HR_ADMIN").post("/api/v1/campaigns/" + campaignId + "/summaries");
    }

    /** Polls the job until it is no longer RUNNING. */
    private static JsonPath finished(String tenant, String id) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonPath job = as(tenant, "HR_ADMIN").get("/api/v1/summaries/" + id).then().statusCode(200).extract()
                    .jsonPath();
            if (!"RUNNING".equals(job.getString("status"))) {
                return job;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("summary " + id + " still running after 30 s: " + job.prettify());
            }
            sleep(200);
        }
    }

    @Test
    void aSummaryCountsEveryReportsFindingsAndShowsOnlyScoresOfAtLeastKInterviews() {
        List<InterviewStubs.Export> subjects = campaignOfFour();
        InterviewStubs.Export recordsOnly = new InterviewStubs.Export(campaign, prefix + "BB");
        recordsOnly.record("2026-Q3", "2026-07-01", 100, 10);
        int pages = InterviewStubs.campaign(downstream, subjects, 3, 2, recordsOnly);

        Response started = start(TENANT_A, campaign);
        started.then().statusCode(202).header("Location", endsWith("/api/v1/summaries/" + started.path("id")))
                .body("campaignId", equalTo(campaign)).body("status", notNullValue());
        String id = started.path("id");
        JsonPath job = finished(TENANT_A, id);

        assertEquals("DONE", job.getString("status"), job.prettify());
        assertEquals(1.0f, job.getFloat("progress"));
        assertEquals(4, job.getInt("subjectsDone"));
        assertEquals(16, job.getInt("interviewsDone"), "A 7, B 4, C 4, D 1");
        assertEquals(16, job.getInt("interviewsTotal"));
        assertEquals("zh-CN", job.getString("language"));
        assertNotNull(job.getString("finishedAt"));
        assertEquals(4, job.getInt("result.subjects"));
        assertEquals(3, job.getInt("result.anonymityThreshold"));

        List<Map<String, Object>> departments = job.getList("result.scoresByDepartment");
        assertEquals(1, departments.size(), "法务部 (1 interview) is below k, 客服部 withheld with it: " + departments);
        assertEquals("销售部", departments.get(0).get("department"));
        assertEquals("INDICATORS", departments.get(0).get("dimension"));
        assertEquals("考核指标", departments.get(0).get("dimensionName"));
        assertEquals(11, departments.get(0).get("respondents"));
        assertEquals(45.5f, ((Number) departments.get(0).get("score")).floatValue(), "(200 + 300) / 11");
        assertEquals(List.of("SELF", "PEER"), job.getList("result.scoresBySourceRole.role"),
                "SUBORDINATE (2) below k, SUPERVISOR (3, the smallest shown) withheld with it");
        assertEquals(50.0f, job.getFloat("result.scoresBySourceRole[0].score"));
        assertEquals(46.4f, job.getFloat("result.scoresBySourceRole[1].score"));
        assertEquals(List.of("法务部:BELOW_THRESHOLD", "客服部:COMPLEMENTARY", "SUBORDINATE:BELOW_THRESHOLD",
                        "SUPERVISOR:COMPLEMENTARY"),
                job.getList("result.suppressed").stream().map(s -> ((Map<?, ?>) s).get("group") + ":"
                        + ((Map<?, ?>) s).get("reason")).toList());

        int findings = 0;
        List<String> withFindings = new ArrayList<>();
        for (InterviewStubs.Export subject : subjects) {
            JsonPath report = as(TENANT_A, "HR_ADMIN").contentType("application/json")
                    .body("{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject.subject()
                            + "\"}").post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
            int count = report.getList("findings").size();
            findings += count;
            if (count > 0) {
                withFindings.add(subject.subject());
            }
        }
        assertTrue(findings > 0);
        assertEquals(findings, job.getInt("result.findings.total"), "the summary counts what the reports find");
        assertEquals(findings, job.getInt("result.findings.bySeverity.high")
                + job.getInt("result.findings.bySeverity.medium") + job.getInt("result.findings.bySeverity.low"));
        assertEquals(withFindings, job.getList("result.mostSevere.subjectExternalId").stream().sorted().toList());
        assertEquals(prefix + "A", job.getString("result.mostSevere[0].subjectExternalId"));
        assertTrue(job.getList("result.mostSevere[0].types").contains("KPI_UNREASONABLE"),
                "A's history (attainment near 60 %) reached its analysis across the record pages");
        assertFalse(withFindings.contains(prefix + "B"), "sources that agree, attainment 100 %: no finding");

        downstream.verify(pages, getRequestedFor(urlPathEqualTo("/api/v1/campaigns/" + campaign + "/export"))
                .withQueryParam("order", WireMock.equalTo("SUBJECT")));
        downstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/campaigns/" + campaign + "/export"))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
        assertEquals("DONE", stored(id).get("status"));
        assertNotNull(stored(id).get("result_json"));
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/summaries/" + id).then(), 404, "not-found");
        assertProblem(as(TENANT_A, "MANAGER").get("/api/v1/summaries/" + id).then(), 403, "forbidden");
    }

    @Test
    void anUnknownCampaignIsA404AndNoJobIsStored() {
        downstream.stubFor(get(urlPathEqualTo("/api/v1/campaigns/" + campaign)).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://pmi-suite.dev/problems/not-found\", \"status\": 404}")));
        assertProblem(start(TENANT_A, campaign).then(), 404, "not-found");
        assertEquals(0, jobsOf(campaign));
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/summaries/" + UUID.randomUUID()).then(), 404,
                "not-found");
        assertProblem(as(TENANT_A, "INTERVIEWER").post("/api/v1/campaigns/" + campaign + "/summaries").then(), 403,
                "forbidden");
        assertProblem(given().post("/api/v1/campaigns/" + campaign + "/summaries").then(), 401, "unauthorized");
        assertEquals(0, jobsOf(campaign));
    }

    @Test
    void aJobWhoseTokenExpiresFailsWithTheReasonAndKeepsItsProgress() {
        List<InterviewStubs.Export> subjects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            subjects.add(agreeing(prefix + i, "销售部", 4, 0));
        }
        // Ten pages a second apart against a token that lives six: a busy machine still reads the first in time.
        InterviewStubs.campaign(downstream, subjects, 2, 100, 1000);
        String token = TestTokens.expiringAt(Instant.now().plusSeconds(6));
        String id = given().auth().oauth2(token).post("/api/v1/campaigns/" + campaign + "/summaries").then()
                .statusCode(202).extract().path("id");
        JsonPath job = finished(TENANT_A, id);
        assertEquals("FAILED", job.getString("status"));
        assertEquals("token-expired", job.getString("failure.code"));
        assertTrue(job.getString("failure.detail").contains("expired"));
        assertTrue(job.getInt("interviewsDone") > 0 && job.getInt("interviewsDone") < 20, job.prettify());
        assertEquals("brief", job.getString("requestedBy"));
        assertEquals("token-expired", stored(id).get("failure_code"));
    }

    @Test
    void aRunningJobWithoutProgressIsAnsweredAsOrphanedByAnyReplica() {
        String silent = insertRunning(TENANT_A, Instant.now().minusSeconds(600));
        String lively = insertRunning(TENANT_A, Instant.now());
        as(TENANT_A, "HR_ADMIN").get("/api/v1/summaries/" + silent).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failure.code", equalTo("orphaned"))
                .body("finishedAt", notNullValue());
        assertEquals("FAILED", stored(silent).get("status"));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/summaries/" + lively).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("progress", equalTo(0.0f));
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/summaries/" + silent).then(), 404, "not-found");
    }

    @Test
    void whenInterviewServiceFailsMidwayTheJobFailsWithTheReason() {
        List<InterviewStubs.Export> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            subjects.add(agreeing(prefix + i, "销售部", 4, 1));
        }
        InterviewStubs.campaign(downstream, subjects, 3, 100);
        downstream.stubFor(get(urlPathEqualTo("/api/v1/campaigns/" + campaign + "/export"))
                .withQueryParam("cursor", WireMock.equalTo("page-2"))
                .willReturn(aResponse().withStatus(500)));
        String id = start(TENANT_A, campaign).then().statusCode(202).extract().path("id");
        JsonPath job = finished(TENANT_A, id);
        assertEquals("FAILED", job.getString("status"));
        assertEquals("downstream-unavailable", job.getString("failure.code"));
        assertEquals(6, job.getInt("interviewsDone"), "the two pages before the failure");
        assertNull(job.get("result"));
    }

    @Test
    void aSummarysPagesMayTakeLongerThanOtherCallsWithinTheSummarysOwnTimeout() {
        List<InterviewStubs.Export> subjects = List.of(agreeing(prefix + "1", "销售部", 4, 0),
                agreeing(prefix + "2", "销售部", 3, 0));
        // Two pages, each slower than the 2 s of every other call to interview-service and well inside the 10 s.
        int pages = InterviewStubs.campaign(downstream, subjects, 2, 100, 2500);
        String id = start(TENANT_A, campaign).then().statusCode(202).extract().path("id");
        JsonPath job = finished(TENANT_A, id);
        assertEquals("DONE", job.getString("status"), job.prettify());
        assertEquals(2, job.getInt("subjectsDone"));
        assertEquals(4, job.getInt("interviewsDone"));
        assertEquals(2, job.getInt("result.subjects"));
        assertEquals(2, pages);
        downstream.verify(pages, getRequestedFor(urlPathEqualTo("/api/v1/campaigns/" + campaign + "/export")));
        assertEquals("DONE", stored(id).get("status"));
    }

    @Test
    void aSecondStartJoinsTheRunningJobAndBusyWorkersAreA503() {
        List<InterviewStubs.Export> subjects = List.of(agreeing(prefix + "X", "销售部", 4, 4));
        InterviewStubs.campaign(downstream, subjects, 2, 100, 1000);
        String other = UUID.randomUUID().toString();
        InterviewStubs.campaign(downstream, List.of(new InterviewStubs.Export(other, prefix + "Y")
                .department("销售部")), 2, 100, 1000);
        downstream.stubFor(get(urlPathEqualTo("/api/v1/campaigns/" + other + "/export"))
                .willReturn(aResponse().withFixedDelay(1500).withHeader("Content-Type", "application/json")
                        .withBody("{\"campaign\": {\"id\": \"" + other + "\", \"anonymityThreshold\": 3}, "
                                + "\"items\": [], \"total\": 0}")));
        String third = UUID.randomUUID().toString();
        downstream.stubFor(get(urlPathEqualTo("/api/v1/campaigns/" + third)).willReturn(
                WireMock.okJson("{\"id\": \"" + third + "\"}")));

        String first = start(TENANT_A, campaign).then().statusCode(202).extract().path("id");
        start(TENANT_A, campaign).then().statusCode(202).body("id", equalTo(first))
                .header("Location", endsWith("/api/v1/summaries/" + first));
        String second = start(TENANT_A, other).then().statusCode(202).extract().path("id");
        assertProblem(start(TENANT_A, third).then(), 503, "summaries-busy").header("Retry-After", equalTo("30"));
        assertEquals(0, jobsOf(third));
        assertEquals(1, jobsOf(campaign));

        assertEquals("DONE", finished(TENANT_A, first).getString("status"));
        JsonPath empty = finished(TENANT_A, second);
        assertEquals("DONE", empty.getString("status"));
        assertEquals(0, empty.getInt("result.subjects"));
        assertEquals(0, empty.getInt("result.findings.total"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> stored(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select status, result_json, failure_code from summary_job where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "job " + id + " is stored");
                Map<String, Object> found = new HashMap<>();
                found.put("status", row.getString(1));
                found.put("result_json", row.getString(2));
                found.put("failure_code", row.getString(3));
                return found;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private String insertRunning(String tenant, Instant heartbeat) {
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into summary_job (id, tenant_id, "
                     + "campaign_id, status, language, requested_by, runner, interviews_done, subjects_done, "
                     + "heartbeat_at, created_at) values (?, ?, ?, 'RUNNING', 'zh-CN', 'someone', "
                     + "'a-stopped-replica', 0, 0, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, campaign);
            insert.setTimestamp(4, Timestamp.from(heartbeat));
            insert.setTimestamp(5, Timestamp.from(heartbeat));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return id;
    }

    private int jobsOf(String campaignId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from summary_job where campaign_id = ?")) {
            select.setString(1, campaignId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
