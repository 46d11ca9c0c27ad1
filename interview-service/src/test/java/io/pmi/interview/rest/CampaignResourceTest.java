package io.pmi.interview.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Campaigns through the API, against the embedded database, with the question bank played by WireMock. */
@QuarkusTest
class CampaignResourceTest {

    private static final String CAMPAIGNS = "/api/v1/campaigns";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    EntityManager em;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    /** A tenant of the test's own, so that lists see only what the test made. */
    private static String freshTenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification hr(String tenant) {
        return as(tenant, "HR_ADMIN").contentType("application/json");
    }

    private static String body(String name, String period, String guides) {
        return """
                {"name": "%s", "period": "%s", "guides": [%s]}""".formatted(name, period, guides);
    }

    private static String guide(String role, String id, Integer version) {
        return "{\"role\": \"" + role + "\", \"guideId\": \"" + id + "\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static ExtractableResponse<Response> create(String tenant, String body) {
        return hr(tenant).body(body).post(CAMPAIGNS).then().statusCode(201).extract();
    }

    /** The question bank knows guide {@code id}, written for {@code role}, published up to {@code published}. */
    private void bankHas(String id, String role, Integer published) {
        wireMock.stubFor(get("/api/v1/guides/" + id).willReturn(okJson("""
                {"id": "%s", "key": "%s", "source": "tenant", "role": "%s", "status": "%s", "publishedVersion": %s,
                 "title": {"zh-CN": "访谈提纲"}, "locales": ["zh-CN"], "sections": [], "estimatedMinutes": 45}
                """.formatted(id, id, role, published == null ? "DRAFT" : "PUBLISHED", published))));
    }

    private void bankLacks(String id) {
        wireMock.stubFor(get("/api/v1/guides/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://pmi-suite.dev/problems/not-found\", \"title\": \"Not found\", "
                        + "\"status\": 404, \"detail\": \"Guide '" + id + "' does not exist.\"}")));
    }

    private int bankCalls(String id) {
        return wireMock.findAll(getRequestedFor(urlEqualTo("/api/v1/guides/" + id))).size();
    }

    private long campaignsNamed(String name) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM campaign WHERE name = ?1").setParameter(1, name)
                .getSingleResult()).longValue();
    }

    @Test
    void aCampaignNeedsOnlyANameAndAPeriodAndTheRestDefaults() {
        String name = "默认设置 " + UUID.randomUUID();
        ExtractableResponse<Response> created = create(TENANT_A, "{\"name\": \"" + name + "\", \"period\": \"2026\"}");
        String id = created.path("id");
        assertEquals(CAMPAIGNS + "/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals(name, created.path("name"));
        assertEquals("2026", created.path("period"));
        assertEquals("zh-CN", created.path("locale"));
        assertEquals("OPEN", created.path("status"));
        assertEquals(List.of(), created.path("departments"));
        assertEquals(List.of(), created.path("guides"));
        assertEquals(3, (int) created.path("anonymityThreshold"));
        assertEquals(0.8f, (float) created.path("completenessThreshold"));
        assertNull(created.path("gapThreshold"), "no gap threshold: a third of each scale's range");
        assertNull(created.path("closedAt"));
        assertEquals("user-hr_admin", created.path("createdBy"));
        assertEquals(0, wireMock.getAllServeEvents().size(), "no guides, no call to the question bank");

        Object[] row = (Object[]) em.createNativeQuery("SELECT tenant_id, status, locale, anonymity_threshold, "
                + "completeness_threshold, gap_threshold FROM campaign WHERE id = ?1").setParameter(1, id)
                .getSingleResult();
        assertEquals(TENANT_A, row[0]);
        assertEquals("OPEN", row[1]);
        assertEquals("zh-CN", row[2]);
        assertEquals(3, ((Number) row[3]).intValue());
        assertEquals(0.8, ((Number) row[4]).doubleValue());
        assertNull(row[5]);
    }

    @Test
    void guidesAreCheckedWithTheCallersTokenAndListedByRole() {
        bankHas("guide.self", "SELF", 2);
        bankHas("guide.supervisor", "SUPERVISOR", 1);
        String token = TestTokens.hrAdmin(TENANT_A);
        String body = """
                {"name": "销售部访谈", "description": "了解目标设定与反馈。", "departments": ["销售部", "市场部"],
                 "period": "2026-H1", "locale": "en", "status": "CLOSED",
                 "guides": [%s, %s], "anonymityThreshold": 5, "completenessThreshold": 0.9, "gapThreshold": 1.5}
                """.formatted(guide("SUPERVISOR", "guide.supervisor", 1), guide("SELF", "guide.self", null));
        String id = RestAssured.given().auth().oauth2(token).contentType("application/json").body(body)
                .post(CAMPAIGNS).then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("description", equalTo("了解目标设定与反馈。"))
                .body("departments", contains("销售部", "市场部"))
                .body("locale", equalTo("en"))
                .body("guides.role", contains("SELF", "SUPERVISOR"))
                .body("guides.guideId", contains("guide.self", "guide.supervisor"))
                .body("guides[0]", not(hasKey("version")))
                .body("guides[1].version", equalTo(1))
                .body("anonymityThreshold", equalTo(5))
                .body("completenessThreshold", equalTo(0.9f))
                .body("gapThreshold", equalTo(1.5f))
                .extract().path("id");
        for (String guide : List.of("guide.self", "guide.supervisor")) {
            wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/guides/" + guide))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
        }
        assertEquals(List.of("SELF:guide.self:null", "SUPERVISOR:guide.supervisor:1"), em.createNativeQuery(
                        "SELECT CONCAT(role, ':', guide_id, ':', COALESCE(version, 'null')) FROM campaign_guide "
                                + "WHERE campaign_id = ?1 ORDER BY role").setParameter(1, id).getResultList());
        assertEquals(List.of("销售部", "市场部"), em.createNativeQuery("SELECT department FROM campaign_department "
                + "WHERE campaign_id = ?1 ORDER BY position").setParameter(1, id).getResultList());
    }

    @Test
    void everyInvalidFieldIsListedAtItsPathInOneResponseAndNothingIsStored() {
        String name = "x".repeat(201);
        String body = """
                {"name": "%s", "description": "%s", "departments": ["销售部", " ", "销售部", "%s"],
                 "period": "2026-H3", "locale": "fr",
                 "guides": [%s, %s, {"guideId": " "}, null],
                 "anonymityThreshold": 1, "completenessThreshold": 1.5, "gapThreshold": 0}
                """.formatted(name, "d".repeat(2001), "z".repeat(101), guide("SELF", "guide.self", 0),
                guide("SELF", "../questions", null));
        assertProblem(hr(TENANT_A).body(body).post(CAMPAIGNS).then(), 400, "validation")
                .body("detail", equalTo("The request has 16 invalid inputs."))
                .body("errors.in", everyItem(equalTo("body")))
                .body("errors.path", contains("anonymityThreshold", "completenessThreshold", "departments[1]",
                        "departments[2]", "departments[3]", "description", "gapThreshold", "guides[0].version",
                        "guides[1].guideId", "guides[1].role", "guides[2].guideId", "guides[2].role", "guides[3]",
                        "locale", "name", "period"))
                .body("errors.code", contains("range", "range", "required", "duplicate", "size", "size", "range",
                        "range", "pattern", "duplicate", "required", "required", "required", "invalid-value", "size",
                        "pattern"));
        assertEquals(0, wireMock.getAllServeEvents().size(), "an invalid request never reaches the question bank");
        assertEquals(0, campaignsNamed(name));
    }

    @Test
    void tooManyGuidesOrDepartmentsAreOneErrorEach() {
        String guides = String.join(", ", guide("SELF", "a", null), guide("SUPERVISOR", "b", null),
                guide("PEER", "c", null), guide("SUBORDINATE", "d", null), guide("SELF", "e", null));
        String departments = String.join(", ", Collections.nCopies(101, "\"销售部\""));
        assertProblem(hr(TENANT_A).body("{\"name\": \"n\", \"period\": \"2026\", \"guides\": [" + guides + "], "
                + "\"departments\": [" + departments + "]}").post(CAMPAIGNS).then(), 400, "validation")
                .body("errors.path", contains("departments", "guides"))
                .body("errors.code", contains("size", "size"));
    }

    @Test
    void wrongTypesUnknownRolesAndUnknownFieldsAreRefusedByJson() {
        assertProblem(hr(TENANT_A).body(body("n", "2026", guide("BOSS", "guide.self", null))).post(CAMPAIGNS)
                .then(), 400, "validation")
                .body("errors[0].path", equalTo("guides[0].role"))
                .body("errors[0].code", equalTo("invalid-value"));
        assertProblem(hr(TENANT_A).body("{\"name\": \"n\", \"period\": \"2026\", \"tenantId\": \"globex\"}")
                .post(CAMPAIGNS).then(), 400, "validation")
                .body("errors[0].path", equalTo("tenantId"))
                .body("errors[0].code", equalTo("unknown-field"));
        assertProblem(hr(TENANT_A).body("{\"name\": \"n\", \"period\": \"2026\", \"anonymityThreshold\": \"k\"}")
                .post(CAMPAIGNS).then(), 400, "validation")
                .body("errors[0].path", equalTo("anonymityThreshold"));
        assertProblem(hr(TENANT_A).post(CAMPAIGNS).then(), 400, "validation");
    }

    @Test
    void guidesTheQuestionBankDoesNotBackAreRefusedAtTheirPaths() {
        bankHas("guide.supervisor", "SUPERVISOR", 1);
        bankLacks("guide.gone");
        bankHas("guide.peer", "PEER", 1);
        bankHas("guide.draft", "SUBORDINATE", null);
        String name = "引用检查 " + UUID.randomUUID();
        assertProblem(hr(TENANT_A).body(body(name, "2026", String.join(", ",
                guide("SELF", "guide.supervisor", null), guide("SUPERVISOR", "guide.gone", null),
                guide("PEER", "guide.peer", 2), guide("SUBORDINATE", "guide.draft", null)))).post(CAMPAIGNS).then(),
                400, "validation")
                .body("errors.path", contains("guides[0].role", "guides[1].guideId", "guides[2].version",
                        "guides[3].guideId"))
                .body("errors.code", contains("mismatch", "unknown", "unknown", "not-published"))
                .body("errors[0].message", equalTo("Guide 'guide.supervisor' is written for SUPERVISOR interviews, "
                        + "not SELF."))
                .body("errors[2].message", equalTo("Guide 'guide.peer' has no published version 2; the latest is 1."));
        assertEquals(1, bankCalls("guide.gone"), "a missing guide is asked about once, not retried");
        assertEquals(0, campaignsNamed(name));
    }

    @Test
    void whenTheQuestionBankFailsOrIsDownNothingIsStored() {
        String tenant = freshTenant("down");
        wireMock.stubFor(get("/api/v1/guides/guide.self").willReturn(aResponse().withStatus(500)));
        assertProblem(hr(tenant).body(body("故障时创建", "2026", guide("SELF", "guide.self", null))).post(CAMPAIGNS)
                .then(), 503, "service-unavailable").header("Retry-After", equalTo("5"));
        assertEquals(3, bankCalls("guide.self"), "a failing read is tried twice more");

        WireMockResource.whileDown(wireMock, () -> assertProblem(hr(tenant)
                .body(body("停机时创建", "2026", guide("SELF", "guide.self", null))).post(CAMPAIGNS).then(), 503,
                "service-unavailable")
                .header("Retry-After", equalTo("5")));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS).then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        assertEquals(0, campaignsNamed("故障时创建"));
        assertEquals(0, campaignsNamed("停机时创建"));
    }

    @Test
    void aGetPutRoundTripNeedsTheCurrentETagAndChecksOnlyChangedGuides() {
        bankHas("guide.self", "SELF", 1);
        bankHas("guide.peer", "PEER", 3);
        String id = create(TENANT_A, body("往返", "2026-Q3", guide("SELF", "guide.self", null))).path("id");
        String read = as(TENANT_A, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").extract().asString();
        wireMock.resetRequests();
        // Read-only fields sent back, changed or not, are ignored.
        String changed = read.replace("往返", "往返(修订)").replace("\"OPEN\"", "\"CLOSED\"")
                .replace("\"guides\":[", "\"guides\":[" + guide("PEER", "guide.peer", 3) + ",")
                .replace("\"departments\":[]", "\"departments\":[\"研发部\"]");
        assertProblem(hr(TENANT_A).body(changed).put(CAMPAIGNS + "/" + id).then(), 428, "precondition-required");
        assertProblem(hr(TENANT_A).header("If-Match", "\"7\"").body(changed).put(CAMPAIGNS + "/" + id).then(),
                412, "precondition-failed");
        assertEquals(0, wireMock.getAllServeEvents().size(), "a refused precondition never reaches the bank");
        hr(TENANT_A).header("If-Match", "\"0\"").body(changed).put(CAMPAIGNS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("name", equalTo("往返(修订)"))
                .body("status", equalTo("OPEN"))
                .body("departments", contains("研发部"))
                .body("guides.role", contains("SELF", "PEER"))
                .body("guides[1].version", equalTo(3));
        assertEquals(0, bankCalls("guide.self"), "an unchanged guide is not asked about again");
        assertEquals(1, bankCalls("guide.peer"));
        assertProblem(hr(TENANT_A).header("If-Match", "\"0\"").body(changed).put(CAMPAIGNS + "/" + id).then(),
                412, "precondition-failed");
        assertEquals("往返(修订)", em.createNativeQuery("SELECT name FROM campaign WHERE id = ?1").setParameter(1, id)
                .getSingleResult());

        String again = as(TENANT_A, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().extract().asString();
        hr(TENANT_A).header("If-Match", "\"1\"").body(again).put(CAMPAIGNS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"");
        hr(TENANT_A).header("If-Match", "\"1\"").body(body("往返", "2026-Q3", "")).put(CAMPAIGNS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("guides", empty()).body("departments", empty());
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM campaign_guide WHERE campaign_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        String id = create(TENANT_A, body("无效修改", "2026", "")).path("id");
        assertProblem(hr(TENANT_A).header("If-Match", "\"0\"").body(body(" ", "2026-13", ""))
                .put(CAMPAIGNS + "/" + id).then(), 400, "validation")
                .body("errors.path", contains("name", "period"));
        as(TENANT_A, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("无效修改"));
    }

    @Test
    void aClosedCampaignStaysClosedAndCannotChange() {
        String id = create(TENANT_A, body("关闭", "2026-07", "")).path("id");
        assertProblem(as(TENANT_A, "HR_ADMIN").post(CAMPAIGNS + "/" + id + "/close").then(), 428,
                "precondition-required");
        as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"").post(CAMPAIGNS + "/" + id + "/close").then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", "\"1\"").post(CAMPAIGNS + "/" + id + "/close")
                .then(), 409, "invalid-transition")
                .body("detail", equalTo("The campaign is closed already."));
        assertProblem(hr(TENANT_A).header("If-Match", "\"1\"").body(body("关闭后修改", "2026-07", ""))
                .put(CAMPAIGNS + "/" + id).then(), 409, "conflict");
        Object[] row = (Object[]) em.createNativeQuery("SELECT status, name, revision, closed_at FROM campaign "
                + "WHERE id = ?1").setParameter(1, id).getSingleResult();
        assertEquals("CLOSED", row[0]);
        assertEquals("关闭", row[1]);
        assertEquals(1L, ((Number) row[2]).longValue());
        assertNotNull(row[3]);
    }

    @Test
    void theListFiltersByStatusAndPeriodInNameOrderAndPages() {
        String tenant = freshTenant("list");
        String b = create(tenant, body("B 销售", "2026-H1", "")).path("id");
        String a1 = create(tenant, body("A 研发", "2026-H1", "")).path("id");
        String c = create(tenant, body("C 市场", "2026", "")).path("id");
        String a2 = create(tenant, body("A 研发", "2026", "")).path("id");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post(CAMPAIGNS + "/" + c + "/close").then()
                .statusCode(200);
        List<String> sameName = a1.compareTo(a2) < 0 ? List.of(a1, a2) : List.of(a2, a1);

        as(tenant, "HR_ADMIN").get(CAMPAIGNS).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", contains(sameName.get(0), sameName.get(1), b, c));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?status=CLOSED").then()
                .body("total", equalTo(1)).body("items.id", contains(c)).body("items[0].status", equalTo("CLOSED"));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?status=OPEN&period=2026-H1").then()
                .body("total", equalTo(2)).body("items.id", contains(a1, b));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?period=2026").then()
                .body("total", equalTo(2)).body("items.id", contains(a2, c));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?page=1&size=3").then()
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("items.id", contains(c));
        as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?page=5").then()
                .body("total", equalTo(4)).body("items", empty());

        assertProblem(as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?size=201").then(), 400, "validation")
                .body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("size"));
        assertProblem(as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?period=2026-H3").then(), 400, "validation")
                .body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("period"))
                .body("errors[0].code", equalTo("pattern"));
        assertProblem(as(tenant, "HR_ADMIN").get(CAMPAIGNS + "?status=DONE").then(), 400, "validation")
                .body("errors[0].path", equalTo("status"));
    }

    @Test
    void anotherTenantsCampaignIsExactlyLikeAMissingOne() {
        String a = freshTenant("iso-a");
        String b = freshTenant("iso-b");
        String id = create(a, body("隔离", "2026", "")).path("id");
        String missing = UUID.randomUUID().toString();
        String before = as(a, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().statusCode(200).extract().asString();
        as(a, "HR_ADMIN").get(CAMPAIGNS).then().body("items.id", hasItem(id));

        sameAsMissing(as(b, "HR_ADMIN").get(CAMPAIGNS + "/" + id), as(b, "HR_ADMIN").get(CAMPAIGNS + "/" + missing),
                id, missing);
        as(b, "HR_ADMIN").get(CAMPAIGNS).then().statusCode(200).body("total", equalTo(0));
        String update = body("隔离(篡改)", "2026", "");
        sameAsMissing(hr(b).header("If-Match", "\"0\"").body(update).put(CAMPAIGNS + "/" + id),
                hr(b).header("If-Match", "\"0\"").body(update).put(CAMPAIGNS + "/" + missing), id, missing);
        sameAsMissing(as(b, "HR_ADMIN").header("If-Match", "\"0\"").post(CAMPAIGNS + "/" + id + "/close"),
                as(b, "HR_ADMIN").header("If-Match", "\"0\"").post(CAMPAIGNS + "/" + missing + "/close"), id, missing);

        assertEquals(before, as(a, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().statusCode(200).extract().asString());
    }

    private static void sameAsMissing(Response foreign, Response missing, String id, String missingId) {
        assertEquals(404, foreign.statusCode(), foreign.asString());
        assertEquals(missing.statusCode(), foreign.statusCode());
        assertEquals(missing.contentType(), foreign.contentType());
        assertEquals(missing.asString().replace(missingId, "ID"), foreign.asString().replace(id, "ID"));
    }

    @Test
    void onlyHrAdminsWorkWithCampaigns() {
        String id = create(TENANT_A, body("角色", "2026", "")).path("id");
        String name = "越权 " + UUID.randomUUID();
        for (String role : List.of("INTERVIEWER", "MANAGER", "INTEGRATION")) {
            assertProblem(as(TENANT_A, role).contentType("application/json").body(body(name, "2026", ""))
                    .post(CAMPAIGNS).then(), 403, "forbidden");
            assertProblem(as(TENANT_A, role).get(CAMPAIGNS).then(), 403, "forbidden");
            assertProblem(as(TENANT_A, role).get(CAMPAIGNS + "/" + id).then(), 403, "forbidden");
            assertProblem(as(TENANT_A, role).contentType("application/json").header("If-Match", "\"0\"")
                    .body(body(name, "2026", "")).put(CAMPAIGNS + "/" + id).then(), 403, "forbidden");
            assertProblem(as(TENANT_A, role).header("If-Match", "\"0\"").post(CAMPAIGNS + "/" + id + "/close")
                    .then(), 403, "forbidden");
        }
        assertEquals(0, campaignsNamed(name));
        as(TENANT_A, "HR_ADMIN").get(CAMPAIGNS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("角色")).body("status", equalTo("OPEN"));
    }
}
