package io.pmi.report.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.Metrics;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generating and reading reports against the real database, with interview-service and the question bank played
 * by WireMock: what is stored, who reads which audience, and what happens when a source is missing.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String MANAGER = InterviewStubs.MANAGER;

    @InjectWireMock
    WireMockServer downstream;

    private String campaign;
    private String subject;

    @BeforeEach
    void stubs() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        campaign = UUID.randomUUID().toString();
        subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Dimension names are cached per tenant and language: tests that count or miss them use a tenant of their own. */
    private static String freshTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Response generate(String tenant) {
        return as(tenant, "HR_ADMIN").contentType("application/json")
                .body("{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject + "\"}")
                .post("/api/v1/reports");
    }

    private InterviewStubs.Export fourSources() {
        return InterviewStubs.fourSources(campaign, subject, InterviewStubs.PLAIN);
    }

    @Test
    void aReportComparesTheSourcesAndIsStoredAsTheNextVersion() {
        fourSources().stub(downstream);
        String tenant = freshTenant();
        double generated = Metrics.counter("pmi_reports_generated_total", "");
        Response created = generate(tenant);
        assertEquals(generated + 1, Metrics.counter("pmi_reports_generated_total", ""));
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/reports/" + created.path("id")))
                .header("Content-Language", equalTo("zh-CN"))
                .body("version", equalTo(1)).body("audience", equalTo("HR")).body("partial", equalTo(false))
                .body("stale", equalTo(false)).body("campaignId", equalTo(campaign))
                .body("subjectExternalId", equalTo(subject))
                .body("inputs", hasSize(7))
                .body("dimensions.dimension", contains("GOALS", "INDICATORS", "FEEDBACK"))
                .body("dimensions[0].name", equalTo("目标设定"))
                .body("gaps", hasSize(1)).body("gaps[0].kind", equalTo("HIDDEN_STRENGTH"))
                .body("gaps[0].measure", equalTo("indicators.kpi-reasonableness"))
                .body("gaps[0].others", equalTo(3.5f)).body("gaps[0].otherSources", contains("SUPERVISOR", "PEER"))
                .body("contradictions.kind", hasItem("SCALE_MEANS"))
                .body("contradictions.kind", hasItem("MODAL_CHOICES"))
                .body("historyChecks.verdict", hasItem("CORROBORATED"))
                .body("findings.type", hasItem("FEEDBACK_GAP"))
                .body("findings.type", hasItem("KPI_UNREASONABLE"))
                .body("findings[0].summary", notNullValue())
                .body("suppressed.role", everyItem(equalTo("SUBORDINATE")))
                .body("suppressed.reason", hasItem("BELOW_ANONYMITY_THRESHOLD"));
        String id = created.path("id");
        String body = created.asString();
        assertTrue(body.contains("下属甲"), "HR reads every quote");
        assertFalse(body.contains("E-MGR-1"), "no identity appears in a report");

        as(tenant, "HR_ADMIN").get("/api/v1/reports/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("audience", equalTo("HR")).body("inputs", hasSize(7));
        as(tenant, "HR_ADMIN").header("Accept-Language", "en").get("/api/v1/reports/" + id).then()
                .statusCode(200).header("Content-Language", equalTo("en"))
                .body("findings[0].summary", not(containsString("的")));
        generate(tenant).then().statusCode(201).body("version", equalTo(2));
        as(tenant, "HR_ADMIN").queryParam("subjectExternalId", subject).get("/api/v1/reports").then()
                .statusCode(200).body("total", equalTo(2)).body("items.version", contains(2, 1))
                .body("items[0].interviews", equalTo(7));
        downstream.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/campaigns/" + campaign + "/export")));
        downstream.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/dimensions")));
    }

    @Test
    void aManagerReadsOnlyTheManagerAudienceOfReportsBelowThem() {
        fourSources().stub(downstream);
        String id = generate(TENANT_A).then().statusCode(201).extract().path("id");
        var manager = given().auth().oauth2(TestTokens.token(TENANT_A, MANAGER, "MANAGER"));
        String body = manager.get("/api/v1/reports/" + id).then().statusCode(200)
                .body("audience", equalTo("MANAGER"))
                .body("inputs", hasSize(5)).body("inputs[0].completedAt", equalTo(null))
                .body("suppressed.role", hasItem("SUBORDINATE"))
                .extract().asString();
        assertFalse(body.contains("下属甲") || body.contains("下属乙"), "a group below k shows no quote: " + body);
        assertFalse(body.contains("我不太清楚"), "nor does SELF, a group of one, to a manager");
        assertProblem(given().auth().oauth2(TestTokens.token(TENANT_A, MANAGER, "MANAGER")).queryParam("audience", "HR")
                .get("/api/v1/reports/" + id).then(), 403, "forbidden");
        given().auth().oauth2(TestTokens.token(TENANT_A, MANAGER, "MANAGER")).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", hasItem(id));
        var stranger = given().auth().oauth2(TestTokens.token(TENANT_A, "E-OTHER", "MANAGER"));
        assertProblem(stranger.get("/api/v1/reports/" + id).then(), 404, "not-found");
        given().auth().oauth2(TestTokens.token(TENANT_A, "E-OTHER", "MANAGER")).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/reports/" + id).then(), 404, "not-found");
        assertProblem(as(TENANT_A, "INTERVIEWER").get("/api/v1/reports/" + id).then(), 403, "forbidden");
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("audience", "BOARD").get("/api/v1/reports/" + id).then(),
                400, "validation").body("errors[0].path", equalTo("audience"));
    }

    @Test
    void unknownCampaignsAndSubjectsWithoutInterviewsAreProblemsAndStoreNothing() {
        downstream.stubFor(get(urlPathMatching("/api/v1/campaigns/.*/export")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://pmi-suite.dev/problems/not-found\", \"status\": 404}")));
        double generated = Metrics.counter("pmi_reports_generated_total", "");
        assertProblem(generate(TENANT_A).then(), 404, "not-found");
        new InterviewStubs.Export(campaign, subject).stub(downstream);
        assertProblem(generate(TENANT_A).then(), 422, "no-completed-interviews");
        assertEquals(generated, Metrics.counter("pmi_reports_generated_total", ""), "a refused report counted");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{\"campaignId\": ")
                .post("/api/v1/reports").then(), 400, "malformed-json");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{\"campaignId\": \"x\"}")
                .post("/api/v1/reports").then(), 400, "validation").body("errors[0].path",
                equalTo("subjectExternalId"));
        as(TENANT_A, "HR_ADMIN").queryParam("subjectExternalId", subject).get("/api/v1/reports").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void whenInterviewServiceIsDownItIsA503AndWithoutNamesTheReportIsPartial() {
        fourSources().stub(downstream);
        downstream.stubFor(get(urlPathEqualTo("/api/v1/dimensions")).willReturn(aResponse().withStatus(500)));
        String tenant = freshTenant();
        generate(tenant).then().statusCode(201).body("partial", equalTo(true))
                .body("missing", contains("dimension-names")).body("dimensions[0].name", equalTo("GOALS"));

        WireMockResource.whileDown(downstream, () -> assertProblem(generate(tenant).then(), 503,
                "service-unavailable").header("Retry-After", notNullValue()));
        as(tenant, "HR_ADMIN").queryParam("subjectExternalId", subject).get("/api/v1/reports").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameInputGivesTheSameAnalysis() {
        fourSources().stub(downstream);
        String first = generate(TENANT_A).then().statusCode(201).extract().asString();
        String second = generate(TENANT_A).then().statusCode(201).extract().asString();
        assertEquals(withoutIdsAndTimes(first), withoutIdsAndTimes(second));
    }

    private static String withoutIdsAndTimes(String report) {
        return report.replaceFirst("\"id\":\"[^\"]+\"", "").replaceFirst("\"version\":\\d+", "")
                .replaceFirst("\"generatedAt\":\"[^\"]+\"", "");
    }
}
