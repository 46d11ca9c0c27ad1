package io.pmi.interview.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.pmi.interview.rest.Hris.batch;
import static io.pmi.interview.rest.Hris.item;
import static io.pmi.interview.rest.Hris.postParticipants;
import static io.pmi.interview.rest.Hris.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ParticipantBatchTest {

    @Inject
    EntityManager em;

    private long stored(String prefix) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participant WHERE external_id LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue();
    }

    private static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + String.format("%04d", i)).toList();
    }

    @Test
    void aBatchUpsertsAndCountsWhatItDid() {
        String prefix = unique("B");
        String department = unique("Dept");
        postParticipants(TENANT_A, Hris.participants(ids(prefix, 3), department)).then().statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("erased", equalTo(0));
        assertEquals(3, stored(prefix));

        List<String> next = new ArrayList<>();
        next.add(item(prefix + "-0000", "Name " + prefix + "-0000", department, null));
        next.add(item(prefix + "-0001", "Renamed", department, prefix + "-0000"));
        next.add(item(prefix + "-0002", "Name " + prefix + "-0002", department, null));
        next.add(item(prefix + "-0003", "Newcomer", department, prefix + "-0001"));
        postParticipants(TENANT_A, batch(next)).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(2))
                .body("erased", equalTo(0));
        assertEquals(4, stored(prefix));
        assertEquals("Renamed", em.createNativeQuery("SELECT name FROM participant WHERE external_id = ?1")
                .setParameter(1, prefix + "-0001").getSingleResult());
        assertEquals(List.of(0L, 1L, 0L, 0L), em.createNativeQuery("SELECT version FROM participant WHERE external_id "
                + "LIKE ?1 ORDER BY external_id").setParameter(1, prefix + "%").getResultList().stream()
                .map(v -> ((Number) v).longValue()).toList());
        as(TENANT_A, "HR_ADMIN").get("/api/v1/participants/" + prefix + "-0003/chain").then().statusCode(200)
                .body("managers.externalId", contains(prefix + "-0001", prefix + "-0000"))
                .body("end", equalTo("TOP"));
    }

    @Test
    void oneBadRowStoresNothingAndEveryErrorIsReportedWithItsRow() {
        String prefix = unique("B");
        List<String> items = new ArrayList<>(ids(prefix, 20).stream()
                .map(id -> item(id, "Name " + id, "Ops", null)).toList());
        items.set(17, items.get(17).replaceFirst("\"email\": \"[^\"]+\"", "\"email\": \"not-an-address\""));
        items.set(5, items.get(5).replaceFirst("\"name\": \"[^\"]+\"", "\"name\": \" \""));
        items.set(9, items.get(9).replaceFirst("\"externalId\": \"[^\"]+\"", "\"externalId\": \"" + prefix + "-0002\""));
        assertProblem(postParticipants(TENANT_A, batch(items)).then(), 400, "validation")
                .body("errors.path", contains("items[17].email", "items[5].name", "items[9].externalId"))
                .body("errors.code", contains("format", "required", "duplicate"));
        assertEquals(0, stored(prefix));
    }

    @Test
    void anUnknownFieldInARowNamesTheRow() {
        String prefix = unique("B");
        List<String> items = new ArrayList<>(ids(prefix, 4).stream()
                .map(id -> item(id, "Name " + id, "Ops", null)).toList());
        items.set(2, items.get(2).replaceFirst("\\{", "{\"salary\": 1000, "));
        assertProblem(postParticipants(TENANT_A, batch(items)).then(), 400, "validation")
                .body("errors[0].path", equalTo("items[2].salary")).body("errors[0].code", equalTo("unknown-field"));
        assertEquals(0, stored(prefix));
    }

    @Test
    void moreThanAThousandItemsAreRefused() {
        String prefix = unique("B");
        assertProblem(postParticipants(TENANT_A, Hris.participants(ids(prefix, 1001), "Ops")).then(), 400,
                "validation")
                .body("errors.path", contains("items")).body("errors[0].code", equalTo("size"));
        assertEquals(0, stored(prefix));
        postParticipants(TENANT_A, Hris.participants(ids(prefix, 1000), "Ops")).then().statusCode(200)
                .body("created", equalTo(1000));
        assertEquals(1000, stored(prefix));
    }

    @Test
    void aBodyOverTheBatchLimitIsTooLarge() {
        String prefix = unique("B");
        String huge = batch(List.of(item(prefix, "x".repeat(5 * 1024 * 1024), "Ops", null)));
        assertProblem(postParticipants(TENANT_A, huge).then(), 413, "payload-too-large");
        assertEquals(0, stored(prefix));
    }

    @Test
    void anEmptyBatchDoesNothing() {
        postParticipants(TENANT_A, "{\"items\": []}").then().statusCode(200).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0)).body("erased", equalTo(0));
        assertProblem(postParticipants(TENANT_A, "{}").then(), 400, "validation")
                .body("errors[0].path", equalTo("items")).body("errors[0].code", equalTo("required"));
    }
}
