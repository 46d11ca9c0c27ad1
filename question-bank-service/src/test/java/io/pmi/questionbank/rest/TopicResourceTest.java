package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TopicResourceTest {

    @Inject
    EntityManager em;

    private static String body(String code) {
        return """
                {"code": "%s",
                 "name": {"zh-CN": "项目协作", "en": "Project collaboration"},
                 "description": {"zh-CN": "项目制工作中与其他部门的配合情况。"}}""".formatted(code);
    }

    private static ExtractableResponse<Response> create(String tenant, String code) {
        return create(tenant, "COLLABORATION", code);
    }

    private static ExtractableResponse<Response> create(String tenant, String dimension, String code) {
        return as(tenant, "HR_ADMIN").contentType("application/json").body(body(code))
                .post("/api/v1/dimensions/" + dimension + "/topics").then().statusCode(201).extract();
    }

    @Test
    void anHrAdminAddsATopicSeenOnlyByTheirTenant() {
        ExtractableResponse<Response> created = create(TENANT_A, "DIFFICULTIES", "PROJECTS_A1");
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals("/api/v1/topics/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("tenant", created.path("source"));
        assertEquals(3, (int) created.path("position"));
        assertEquals(TENANT_A, em.createNativeQuery("SELECT tenant_id FROM topic WHERE id = ?1")
                .setParameter(1, id).getSingleResult());

        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "en").get("/api/v1/dimensions/DIFFICULTIES").then()
                .statusCode(200)
                .body("topics.code", org.hamcrest.Matchers.contains("SKILLS", "RESOURCES", "PROJECTS_A1"))
                .body("topics[2].name", equalTo("Project collaboration"))
                .body("topics[2].source", equalTo("tenant"));
        as(TENANT_B, "INTERVIEWER").get("/api/v1/dimensions/DIFFICULTIES").then()
                .statusCode(200).body("topics.code", not(hasItem("PROJECTS_A1")));
    }

    @Test
    void englishIsOptionalAndFallsBackToChinese() {
        String id = create(TENANT_A, "PROJECTS_A2").path("id");
        as(TENANT_A, "MANAGER").get("/api/v1/topics/" + id).then()
                .statusCode(200).body("description.'zh-CN'", equalTo("项目制工作中与其他部门的配合情况。"))
                .body("description.en", org.hamcrest.Matchers.nullValue());
        as(TENANT_A, "MANAGER").header("Accept-Language", "en").get("/api/v1/dimensions/COLLABORATION").then()
                .body("topics.find { it.code == 'PROJECTS_A2' }.description", equalTo("项目制工作中与其他部门的配合情况。"));
    }

    @Test
    void aTenantIdInTheBodyIsRejectedAndNothingIsStored() {
        long before = countTopics();
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(body("SMUGGLED").replace("{\"code\"", "{\"tenantId\": \"globex\", \"code\"")).post(
                        "/api/v1/dimensions/GOALS/topics").then(), 400, "validation")
                .body("errors[0].path", equalTo("tenantId"))
                .body("errors[0].code", equalTo("unknown-field"));
        assertEquals(before, countTopics());
    }

    @Test
    void invalidTextsNameTheirJsonPath() {
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body("{\"code\": \"bad code\", \"name\": {\"en\": \"only English\"}, \"description\": {\"zh-CN\": \"x\","
                        + " \"fr\": \"non\"}}").post("/api/v1/dimensions/GOALS/topics").then(), 400, "validation")
                .body("errors.path", org.hamcrest.Matchers.contains("code", "description.fr", "name.zh-CN"))
                .body("errors.code", org.hamcrest.Matchers.contains("pattern", "unknown-field", "required"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body("{\"code\": \"bad code\", \"name\": {\"en\": \"only English\"}, \"description\": {\"zh-CN\": \"x\"}}")
                .post("/api/v1/dimensions/GOALS/topics").then(), 400, "validation")
                .body("errors.path", org.hamcrest.Matchers.contains("code", "name.zh-CN"))
                .body("errors.code", org.hamcrest.Matchers.contains("pattern", "required"));
    }

    @Test
    void codesAreUniqueAmongTheTopicsATenantSees() {
        create(TENANT_A, "PROJECTS_A3");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(body("PROJECTS_A3"))
                .post("/api/v1/dimensions/GOALS/topics").then(), 409, "conflict");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(body("KPI_DESIGN"))
                .post("/api/v1/dimensions/GOALS/topics").then(), 409, "conflict");
        create(TENANT_B, "PROJECTS_A3");
    }

    @Test
    void aGetPutRoundTripWorksAndUpdatesNeedTheCurrentETag() {
        String id = create(TENANT_A, "PROJECTS_A4").path("id");
        String read = as(TENANT_A, "HR_ADMIN").get("/api/v1/topics/" + id).then().statusCode(200).extract().asString();
        // Read-only fields sent back changed are ignored, not stored.
        String changed = read.replace("项目协作", "项目间协作").replace(id, "hijacked").replace("\"version\":0", "\"version\":99")
                .replace("\"source\":\"tenant\"", "\"source\":\"library\"");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(changed)
                .put("/api/v1/topics/" + id).then(), 428, "precondition-required");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"7\"")
                .body(changed).put("/api/v1/topics/" + id).then(), 412, "precondition-failed");
        as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/topics/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("name.'zh-CN'", equalTo("项目间协作")).body("version", equalTo(1))
                .body("id", equalTo(id)).body("source", equalTo("tenant"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).put("/api/v1/topics/" + id).then(), 412, "precondition-failed");
        assertEquals("项目间协作", em.createNativeQuery("SELECT name_zh_cn FROM topic WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    @Test
    void theLibraryIsReadOnly() {
        as(TENANT_A, "HR_ADMIN").get("/api/v1/topics/topic.kpi-design").then()
                .statusCode(200).body("source", equalTo("library")).body("dimension", equalTo("INDICATORS"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "*")
                .body(body("KPI_DESIGN")).put("/api/v1/topics/topic.kpi-design").then(), 403, "forbidden");
        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", "*").delete("/api/v1/topics/topic.kpi-design").then(),
                403, "forbidden");
        assertEquals("KPI 的确定与合理性", em.createNativeQuery("SELECT name_zh_cn FROM topic WHERE id = 'topic.kpi-design'")
                .getSingleResult());
    }

    @Test
    void deletingNeedsTheETagAndRemovesTheTopic() {
        String id = create(TENANT_A, "PROJECTS_A5").path("id");
        assertProblem(as(TENANT_A, "HR_ADMIN").delete("/api/v1/topics/" + id).then(), 428, "precondition-required");
        as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"").delete("/api/v1/topics/" + id).then().statusCode(204);
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/topics/" + id).then(), 404, "not-found");
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM topic WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void anUnknownDimensionIsAProblem() {
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(body("ORPHAN"))
                .post("/api/v1/dimensions/NOWHERE/topics").then(), 404, "not-found")
                .body("detail", startsWith("Dimension 'NOWHERE'"));
    }

    private long countTopics() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM topic").getSingleResult()).longValue();
    }

}
