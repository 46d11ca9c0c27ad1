package io.pmi.interview.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.pmi.interview.rest.Hris.batch;
import static io.pmi.interview.rest.Hris.item;
import static io.pmi.interview.rest.Hris.participant;
import static io.pmi.interview.rest.Hris.postParticipants;
import static io.pmi.interview.rest.Hris.postRecords;
import static io.pmi.interview.rest.Hris.put;
import static io.pmi.interview.rest.Hris.record;
import static io.pmi.interview.rest.Hris.records;
import static io.pmi.interview.rest.Hris.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class ErasureTest {

    @Inject
    EntityManager em;

    private Object[] row(String externalId) {
        return (Object[]) em.createNativeQuery("SELECT name, email, department, position, manager_external_id, "
                        + "employment_status, erased_at FROM participant WHERE tenant_id = ?1 AND external_id = ?2")
                .setParameter(1, TENANT_A).setParameter(2, externalId).getSingleResult();
    }

    private long storedRecords(String externalId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM performance_record r JOIN participant p "
                + "ON p.id = r.participant_id WHERE p.external_id = ?1").setParameter(1, externalId)
                .getSingleResult()).longValue();
    }

    @Test
    void anErasureKeepsOnlyATombstoneThatNoSyncCanRevive() {
        String boss = unique("boss");
        String gone = unique("gone");
        String report = unique("report");
        String department = unique("Dept");
        put(TENANT_A, boss, participant("Boss", "boss@example.com", department, "Director", null, "ACTIVE"))
                .then().statusCode(201);
        put(TENANT_A, gone, participant("王芳", "wang.fang@example.com", department, "销售经理", boss, "ACTIVE"))
                .then().statusCode(201);
        put(TENANT_A, report, participant("Report", "report@example.com", department, "Engineer", gone, "ACTIVE"))
                .then().statusCode(201);
        postRecords(TENANT_A, records(record(gone, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                record(gone, "2026-Q1", "销售额", "40", "41", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(2));

        assertProblem(as(TENANT_A, "INTEGRATION").delete("/api/v1/participants/" + gone).then(), 403, "forbidden");
        assertEquals("王芳", row(gone)[0]);

        String erasedAt = as(TENANT_A, "HR_ADMIN").delete("/api/v1/participants/" + gone).then().statusCode(200)
                .body("externalId", equalTo(gone)).body("erasedAt", notNullValue())
                .body("removed.performanceRecords", equalTo(2)).extract().path("erasedAt");
        Object[] stored = row(gone);
        assertEquals(Arrays.asList(null, null, null, null, null, null), Arrays.asList(stored).subList(0, 6),
                "every personal field is gone");
        assertNotNull(stored[6]);
        assertEquals(0, storedRecords(gone));

        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + gone).then().statusCode(200)
                .body("externalId", equalTo(gone)).body("erased", equalTo(true)).body("erasedAt", equalTo(erasedAt))
                .body("name", nullValue()).body("email", nullValue()).body("department", nullValue())
                .body("position", nullValue()).body("managerExternalId", nullValue())
                .body("employmentStatus", nullValue());
        as(TENANT_A, "HR_ADMIN").queryParam("department", department).get("/api/v1/participants").then()
                .statusCode(200).body("items.externalId", contains(boss, report));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants").then().statusCode(200)
                .body("items.externalId", not(hasItem(gone)));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + gone + "/performance-records").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(0));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + report + "/chain").then().statusCode(200)
                .body("managers.externalId", contains(gone)).body("managers[0].erased", equalTo(true))
                .body("managers[0].name", nullValue()).body("end", equalTo("ERASED"));

        assertProblem(put(TENANT_A, gone, participant("王芳", "wang.fang@example.com", department, "销售经理", boss,
                "ACTIVE")).then(), 409, "participant-erased")
                .body("instance", equalTo("/api/v1/participants/" + gone));
        assertProblem(put(TENANT_A, "HR_ADMIN", gone, participant("王芳", null, null, null, null, "ACTIVE")).then(),
                409, "participant-erased");
        String newcomer = unique("new");
        postParticipants(TENANT_A, batch(List.of(item(gone, "王芳", department, boss),
                item(newcomer, "Newcomer", department, boss)))).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("erased", equalTo(1));
        postRecords(TENANT_A, records(record(gone, "2026-H2", "销售额", "95", "90", "HIGHER_IS_BETTER"),
                record(newcomer, "2026-H2", "销售额", "95", "90", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(1)).body("erased", equalTo(1));
        assertEquals(Arrays.asList(null, null, null, null, null, null), Arrays.asList(row(gone)).subList(0, 6),
                "no sync brought anything back");
        assertEquals(0, storedRecords(gone));

        as(TENANT_A, "HR_ADMIN").delete("/api/v1/participants/" + gone).then().statusCode(200)
                .body("erasedAt", equalTo(erasedAt)).body("removed.performanceRecords", equalTo(0));
        assertProblem(as(TENANT_A, "HR_ADMIN").delete("/api/v1/participants/" + unique("none")).then(), 404,
                "not-found");
    }
}
