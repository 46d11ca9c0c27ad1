package io.pmi.interview.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pmi.interview.rest.Hris.participant;
import static io.pmi.interview.rest.Hris.put;
import static io.pmi.interview.rest.Hris.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ParticipantResourceTest {

    @Inject
    EntityManager em;

    private long rows(String externalId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participant WHERE external_id = ?1")
                .setParameter(1, externalId).getSingleResult()).longValue();
    }

    private Object column(String column, String externalId) {
        return em.createNativeQuery("SELECT " + column + " FROM participant WHERE tenant_id = ?1 AND external_id = ?2")
                .setParameter(1, TENANT_A).setParameter(2, externalId).getSingleResult();
    }

    @Test
    void aPutCreatesThenReplacesAndTheSamePayloadChangesNothing() {
        String id = unique("E");
        String body = participant("王芳", "wang.fang@example.com", "华东销售部", "销售经理", "M-1", "ACTIVE");
        Response created = put(TENANT_A, id, body);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/participants/" + id))
                .body("externalId", equalTo(id)).body("name", equalTo("王芳"))
                .body("email", equalTo("wang.fang@example.com")).body("department", equalTo("华东销售部"))
                .body("position", equalTo("销售经理")).body("managerExternalId", equalTo("M-1"))
                .body("employmentStatus", equalTo("ACTIVE")).body("erased", equalTo(false))
                .body("erasedAt", nullValue()).body("version", equalTo(0)).body("id", notNullValue());
        Object updatedAt = column("updated_at", id);

        Response again = put(TENANT_A, id, body);
        again.then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(created.asString(), again.asString(), "the same payload answers the same body");
        assertEquals(0L, ((Number) column("version", id)).longValue());
        assertEquals(updatedAt, column("updated_at", id), "an unchanged upsert writes nothing");

        Response changed = put(TENANT_A, id, participant("王芳", "wang.fang@example.com", "华东销售部", "销售总监",
                null, "ON_LEAVE"));
        changed.then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("position", equalTo("销售总监")).body("managerExternalId", nullValue())
                .body("employmentStatus", equalTo("ON_LEAVE"))
                .body("id", equalTo(created.path("id"))).body("createdAt", equalTo(created.path("createdAt")));
        assertEquals("销售总监", column("position", id));
        assertEquals("ON_LEAVE", column("employment_status", id));
        assertEquals(1, rows(id));

        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body(equalTo(changed.asString()));
    }

    @Test
    void anInvalidEmailIsRefusedAtItsPath() {
        String id = unique("E");
        for (String email : List.of("not-an-address", "someone@localhost", "two@@example.com")) {
            assertProblem(put(TENANT_A, id, participant("王芳", email, null, null, null, "ACTIVE")).then(), 400,
                    "validation")
                    .body("errors.path", contains("email")).body("errors[0].in", equalTo("body"))
                    .body("errors[0].code", equalTo("format"));
        }
        assertEquals(0, rows(id));
    }

    @Test
    void unknownFieldsMissingFieldsAndBadValuesAreRefused() {
        String id = unique("E");
        assertProblem(put(TENANT_A, id, "{\"tenantId\": \"globex\", \"name\": \"王芳\", \"employmentStatus\": "
                + "\"ACTIVE\"}").then(), 400, "validation")
                .body("errors[0].path", equalTo("tenantId")).body("errors[0].code", equalTo("unknown-field"));
        assertProblem(put(TENANT_A, id, "{\"email\": \"x@example.com\"}").then(), 400, "validation")
                .body("errors.path", contains("employmentStatus", "name"))
                .body("errors.code", contains("required", "required"));
        assertProblem(put(TENANT_A, id, participant("王芳", null, null, null, null, "RETIRED")).then(), 400,
                "validation")
                .body("errors[0].path", equalTo("employmentStatus")).body("errors[0].code", equalTo("invalid-value"));
        assertProblem(put(TENANT_A, id, participant("王芳", null, "", null, "bad id", "ACTIVE")).then(), 400,
                "validation")
                .body("errors.path", contains("department", "managerExternalId"))
                .body("errors.code", contains("size", "pattern"));
        assertProblem(put(TENANT_A, "bad%20id", participant("王芳", null, null, null, null, "ACTIVE")).then(), 400,
                "validation")
                .body("errors[0].in", equalTo("path")).body("errors[0].path", equalTo("externalId"));
        assertEquals(0, rows(id));
    }

    @Test
    void aGetPutRoundTripIsUnchangedAndIfMatchIsHonouredWhenSent() {
        String id = unique("E");
        put(TENANT_A, id, participant("Li Qiang", "li.qiang@example.com", "Sales", "Lead", null, "ACTIVE"))
                .then().statusCode(201);
        String read = as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id).then().statusCode(200).extract()
                .asString();
        as(TENANT_A, "HR_ADMIN").contentType("application/json").body(read.replace("\"version\":0", "\"version\":9"))
                .put("/api/v1/participants/" + id).then().statusCode(200).body(equalTo(read));

        String changed = read.replace("\"Lead\"", "\"Director\"");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"7\"")
                .body(changed).put("/api/v1/participants/" + id).then(), 412, "precondition-failed");
        assertEquals("Lead", column("position", id));
        as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/participants/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("position", equalTo("Director"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).put("/api/v1/participants/" + unique("new")).then(), 412, "precondition-failed");
    }

    @Test
    void aManagerNotYetKnownResolvesWhenItArrives() {
        String manager = unique("M");
        String employee = unique("E");
        put(TENANT_A, employee, Hris.participant("Employee", "Ops", manager)).then().statusCode(201)
                .body("managerExternalId", equalTo(manager));
        as(TENANT_A, "INTEGRATION").get("/api/v1/participants/" + employee + "/chain").then().statusCode(200)
                .body("externalId", equalTo(employee)).body("managers", empty())
                .body("end", equalTo("UNKNOWN_MANAGER")).body("pendingManagerExternalId", equalTo(manager));
        as(TENANT_A, "INTEGRATION").queryParam("managerExternalId", manager).get("/api/v1/participants").then()
                .statusCode(200).body("items.externalId", contains(employee)).body("total", equalTo(1));

        put(TENANT_A, manager, Hris.participant("Manager", "Ops", null)).then().statusCode(201);
        as(TENANT_A, "INTEGRATION").get("/api/v1/participants/" + employee + "/chain").then().statusCode(200)
                .body("managers.externalId", contains(manager)).body("managers[0].name", equalTo("Manager"))
                .body("managers[0].department", equalTo("Ops")).body("managers[0].erased", equalTo(false))
                .body("end", equalTo("TOP")).body("pendingManagerExternalId", nullValue());
    }

    @Test
    void theChainGoesUpwardAndStopsAtALoopInTheData() {
        String ceo = unique("ceo");
        String vp = unique("vp");
        String dev = unique("dev");
        put(TENANT_A, ceo, Hris.participant("CEO", "Board", ceo)).then().statusCode(201);
        put(TENANT_A, vp, Hris.participant("VP", "Sales", ceo)).then().statusCode(201);
        put(TENANT_A, dev, Hris.participant("Dev", "Sales", vp)).then().statusCode(201);
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + dev + "/chain").then().statusCode(200)
                .body("managers.externalId", contains(vp, ceo)).body("end", equalTo("TOP"));

        String a = unique("a");
        String b = unique("b");
        String c = unique("c");
        put(TENANT_A, a, Hris.participant("A", "Loop", b)).then().statusCode(201);
        put(TENANT_A, b, Hris.participant("B", "Loop", c)).then().statusCode(201);
        put(TENANT_A, c, Hris.participant("C", "Loop", a)).then().statusCode(201);
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + a + "/chain").then().statusCode(200)
                .body("managers.externalId", contains(b, c)).body("end", equalTo("CYCLE"));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + c + "/chain").then().statusCode(200)
                .body("managers.externalId", contains(a, b)).body("end", equalTo("CYCLE"));
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + unique("none") + "/chain").then(),
                404, "not-found");
    }

    @Test
    void theListIsFilteredAndPagedInExternalIdOrder() {
        String department = unique("Dept");
        String manager = unique("M");
        String prefix = unique("L");
        put(TENANT_A, prefix + "-3", participant("C", null, department, null, manager, "ACTIVE")).then()
                .statusCode(201);
        put(TENANT_A, prefix + "-1", participant("A", null, department, null, manager, "ON_LEAVE")).then()
                .statusCode(201);
        put(TENANT_A, prefix + "-2", participant("B", null, department, null, null, "ACTIVE")).then()
                .statusCode(201);
        put(TENANT_A, prefix + "-4", participant("D", null, "Elsewhere", null, manager, "ACTIVE")).then()
                .statusCode(201);

        as(TENANT_A, "HR_ADMIN").queryParam("department", department).get("/api/v1/participants").then()
                .statusCode(200).body("items.externalId", contains(prefix + "-1", prefix + "-2", prefix + "-3"))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20));
        as(TENANT_A, "HR_ADMIN").queryParam("department", department.toUpperCase()).get("/api/v1/participants")
                .then().statusCode(200).body("total", equalTo(3));
        as(TENANT_A, "HR_ADMIN").queryParam("department", department).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/participants").then().statusCode(200)
                .body("items.externalId", contains(prefix + "-3")).body("total", equalTo(3))
                .body("page", equalTo(1)).body("size", equalTo(2));
        as(TENANT_A, "HR_ADMIN").queryParam("department", department).queryParam("employmentStatus", "ACTIVE")
                .get("/api/v1/participants").then().statusCode(200)
                .body("items.externalId", contains(prefix + "-2", prefix + "-3"));
        as(TENANT_A, "HR_ADMIN").queryParam("managerExternalId", manager).get("/api/v1/participants").then()
                .statusCode(200).body("items.externalId", contains(prefix + "-1", prefix + "-3", prefix + "-4"));
        as(TENANT_A, "HR_ADMIN").queryParam("managerExternalId", manager).queryParam("employmentStatus", "ON_LEAVE")
                .queryParam("department", department).get("/api/v1/participants").then().statusCode(200)
                .body("items.externalId", contains(prefix + "-1"));

        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("size", 201).get("/api/v1/participants").then(), 400,
                "validation").body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("size"));
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("managerExternalId", "no spaces").get("/api/v1/participants")
                .then(), 400, "validation").body("errors[0].path", equalTo("managerExternalId"));
    }

    @Test
    void aBadEmploymentStatusFilterIsAValidationProblem() {
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("employmentStatus", "RETIRED").get("/api/v1/participants")
                .then(), 400, "validation")
                .body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("employmentStatus"))
                .body("errors[0].code", equalTo("invalid-value"));
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        String id = unique("none");
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id).then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/participants/" + id));
    }
}
