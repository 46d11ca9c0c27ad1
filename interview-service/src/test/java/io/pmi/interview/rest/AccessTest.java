package io.pmi.interview.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiFunction;

import static io.pmi.interview.rest.Hris.batch;
import static io.pmi.interview.rest.Hris.item;
import static io.pmi.interview.rest.Hris.participant;
import static io.pmi.interview.rest.Hris.postRecords;
import static io.pmi.interview.rest.Hris.put;
import static io.pmi.interview.rest.Hris.record;
import static io.pmi.interview.rest.Hris.records;
import static io.pmi.interview.rest.Hris.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AccessTest {

    @Inject
    EntityManager em;

    /** Every operation of this slice, called by one role on one participant. */
    private static List<BiFunction<RequestSpecification, String, Response>> operations() {
        String body = participant("王芳", null, null, null, null, "ACTIVE");
        return List.of(
                (request, id) -> request.contentType("application/json").body(body).put("/api/v1/participants/" + id),
                (request, id) -> request.contentType("application/json").body(batch(List.of(item(id, "X", "Y", null))))
                        .post("/api/v1/participants/batch"),
                (request, id) -> request.get("/api/v1/participants"),
                (request, id) -> request.get("/api/v1/participants/" + id),
                (request, id) -> request.get("/api/v1/participants/" + id + "/chain"),
                (request, id) -> request.delete("/api/v1/participants/" + id),
                (request, id) -> request.contentType("application/json")
                        .body(records(record(id, "2026", "x", "1", "1", "HIGHER_IS_BETTER")))
                        .post("/api/v1/performance-records/batch"),
                (request, id) -> request.get("/api/v1/participants/" + id + "/performance-records"));
    }

    @Test
    void interviewersAndManagersMayNotTouchParticipantsOrHistory() {
        String id = unique("E");
        put(TENANT_A, id, Hris.participant("Subject", "Ops", null)).then().statusCode(201);
        for (String role : List.of("INTERVIEWER", "MANAGER")) {
            for (BiFunction<RequestSpecification, String, Response> operation : operations()) {
                assertProblem(operation.apply(as(TENANT_A, role), id).then(), 403, "forbidden");
            }
        }
        assertEquals("Subject", em.createNativeQuery("SELECT name FROM participant WHERE external_id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    @Test
    void anIntegrationWritesButNeitherErasesNorReadsHistory() {
        String id = unique("E");
        put(TENANT_A, id, Hris.participant("Subject", "Ops", null)).then().statusCode(201);
        assertProblem(as(TENANT_A, "INTEGRATION").delete("/api/v1/participants/" + id).then(), 403, "forbidden");
        assertProblem(as(TENANT_A, "INTEGRATION").get("/api/v1/participants/" + id + "/performance-records").then(),
                403, "forbidden");
        postRecords(TENANT_A, records(record(id, "2026", "x", "1", "1", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(1));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id + "/performance-records").then().statusCode(200)
                .body("total", equalTo(1));
        as(TENANT_A, "INTEGRATION").get("/api/v1/participants/" + id).then().statusCode(200)
                .body("erased", equalTo(false));
    }

    @Test
    void anotherTenantsParticipantIsExactlyLikeAMissingOne() {
        String id = unique("E");
        put(TENANT_A, id, participant("王芳", "wang.fang@example.com", "Sales", "Lead", null, "ACTIVE")).then()
                .statusCode(201);
        postRecords(TENANT_A, records(record(id, "2026", "销售额", "95", "76", "HIGHER_IS_BETTER"))).then()
                .statusCode(200);
        String before = as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id).then().statusCode(200).extract()
                .asString();
        String missing = unique("E");

        for (String path : List.of("/api/v1/participants/%s", "/api/v1/participants/%s/chain",
                "/api/v1/participants/%s/performance-records")) {
            assertSameAsMissing(as(TENANT_B, "HR_ADMIN").get(path.formatted(id)),
                    as(TENANT_B, "HR_ADMIN").get(path.formatted(missing)), id, missing);
        }
        assertSameAsMissing(as(TENANT_B, "HR_ADMIN").delete("/api/v1/participants/" + id),
                as(TENANT_B, "HR_ADMIN").delete("/api/v1/participants/" + missing), id, missing);
        as(TENANT_B, "HR_ADMIN").get("/api/v1/participants").then().statusCode(200)
                .body("items.externalId", not(hasItem(id)));
        assertProblem(postRecords(TENANT_B, records(record(id, "2026", "销售额", "1", "1", "HIGHER_IS_BETTER")))
                .then(), 400, "validation")
                .body("errors[0].path", equalTo("items[0].participantExternalId"))
                .body("errors[0].code", equalTo("unknown"));

        // The same external id in another tenant is another participant.
        Response theirs = put(TENANT_B, id, participant("Someone else", null, "Finance", null, null, "TERMINATED"));
        theirs.then().statusCode(201).body("name", equalTo("Someone else"));
        as(TENANT_B, "HR_ADMIN").get("/api/v1/participants/" + id + "/performance-records").then().statusCode(200)
                .body("total", equalTo(0));
        assertEquals(2L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participant WHERE external_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(List.of(TENANT_A, TENANT_B), em.createNativeQuery("SELECT tenant_id FROM participant WHERE "
                + "external_id = ?1 ORDER BY tenant_id").setParameter(1, id).getResultList());

        assertEquals(before, as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id).then().statusCode(200)
                .extract().asString(), "tenant A's participant is untouched");
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + id + "/performance-records").then().statusCode(200)
                .body("total", equalTo(1));
    }

    private static void assertSameAsMissing(Response foreign, Response missing, String id, String missingId) {
        assertEquals(404, foreign.statusCode(), foreign.asString());
        assertEquals(missing.statusCode(), foreign.statusCode());
        assertEquals(missing.contentType(), foreign.contentType());
        assertEquals(missing.asString().replace(missingId, "ID"), foreign.asString().replace(id, "ID"));
    }
}
