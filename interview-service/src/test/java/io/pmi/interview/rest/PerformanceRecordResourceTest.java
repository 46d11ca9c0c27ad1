package io.pmi.interview.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.pmi.interview.rest.Hris.postRecords;
import static io.pmi.interview.rest.Hris.put;
import static io.pmi.interview.rest.Hris.record;
import static io.pmi.interview.rest.Hris.records;
import static io.pmi.interview.rest.Hris.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PerformanceRecordResourceTest {

    @Inject
    EntityManager em;

    private static String participant() {
        String id = unique("P");
        put(TENANT_A, id, Hris.participant("Subject", "Sales", null)).then().statusCode(201);
        return id;
    }

    private long stored(String externalId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM performance_record r JOIN participant p "
                + "ON p.id = r.participant_id WHERE p.external_id = ?1").setParameter(1, externalId)
                .getSingleResult()).longValue();
    }

    private static String path(String externalId) {
        return "/api/v1/participants/" + externalId + "/performance-records";
    }

    @Test
    void aBatchUpsertsByParticipantPeriodAndIndicator() {
        String p = participant();
        String q = participant();
        postRecords(TENANT_A, records(record(p, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", "客户投诉数", "4", "5", "LOWER_IS_BETTER"),
                record(q, "2026-H1", "销售额", "100", "100", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("erased", equalTo(0));

        postRecords(TENANT_A, records(record(p, "2026-H1", "销售额", "95.0", "76.0000", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", "客户投诉数", "4", "3", "LOWER_IS_BETTER"),
                record(p, "2026-H2", "销售额", "95", "80", "HIGHER_IS_BETTER"),
                record(q, "2026-H1", "销售额", "100", "100", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(2));
        assertEquals(3, stored(p));
        assertEquals(1, stored(q));
        Object[] complaints = (Object[]) em.createNativeQuery("SELECT r.actual, r.version, r.period_start, "
                        + "r.period_end FROM performance_record r JOIN participant p ON p.id = r.participant_id "
                        + "WHERE p.external_id = ?1 AND r.indicator = '客户投诉数'").setParameter(1, p)
                .getSingleResult();
        assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) complaints[0]));
        assertEquals(1L, ((Number) complaints[1]).longValue());
        assertEquals("2026-01-01", complaints[2].toString());
        assertEquals("2026-06-30", complaints[3].toString());

        as(TENANT_A, "HR_ADMIN").get(path(p)).then().statusCode(200)
                .body("items.period", contains("2026-H1", "2026-H1", "2026-H2"))
                .body("items.indicator", contains("客户投诉数", "销售额", "销售额"))
                .body("items[0].participantExternalId", equalTo(p)).body("items[0].id", notNullValue())
                .body("items[0].kind", equalTo("KPI")).body("items[0].unit", equalTo("万元"))
                .body("items[0].periodStart", equalTo("2026-01-01")).body("items[0].periodEnd", equalTo("2026-06-30"))
                .body("items[0].version", equalTo(1)).body("items[1].target", equalTo(95))
                .body("items[1].actual", equalTo(76)).body("total", equalTo(3));
    }

    @Test
    void attainmentIsDerivedInTheIndicatorsDirection() {
        String p = participant();
        postRecords(TENANT_A, records(record(p, "2026-01", "a-higher", "95", "76", "HIGHER_IS_BETTER"),
                record(p, "2026-01", "b-lower", "76", "95", "LOWER_IS_BETTER"),
                record(p, "2026-01", "c-zero-target", "0", "12", "HIGHER_IS_BETTER"),
                record(p, "2026-01", "d-no-actual", "10", "null", "HIGHER_IS_BETTER"),
                record(p, "2026-01", "e-default", "80", "100.5", null),
                "{\"participantExternalId\": \"" + p + "\", \"period\": \"2026-01\", \"indicator\": \"f-teamwork\", "
                        + "\"kind\": \"QUALITATIVE\", \"rating\": \"A\"}")).then().statusCode(200)
                .body("created", equalTo(6));
        as(TENANT_A, "HR_ADMIN").get(path(p)).then().statusCode(200)
                .body("items.indicator", contains("a-higher", "b-lower", "c-zero-target", "d-no-actual", "e-default",
                        "f-teamwork"))
                .body("items[0].attainment", equalTo(0.8f)).body("items[1].attainment", equalTo(0.8f))
                .body("items[2].attainment", nullValue()).body("items[3].attainment", nullValue())
                .body("items[3].actual", nullValue())
                .body("items[4].direction", equalTo("HIGHER_IS_BETTER")).body("items[4].attainment", equalTo(1.2563f))
                .body("items[4].actual", equalTo(100.5f))
                .body("items[5].kind", equalTo("QUALITATIVE")).body("items[5].rating", equalTo("A"))
                .body("items[5].target", nullValue()).body("items[5].attainment", nullValue());
    }

    @Test
    void periodsAreOrderedByTheirStartAndFilteredByFromAndTo() {
        String p = participant();
        List<String> periods = List.of("2026-07", "2026-Q1", "2025-Q4", "2026", "2026-01", "2025", "2026-H1");
        postRecords(TENANT_A, records(periods.stream()
                .map(period -> record(p, period, "销售额", "10", "8", "HIGHER_IS_BETTER")).toArray(String[]::new)))
                .then().statusCode(200).body("created", equalTo(7));
        as(TENANT_A, "HR_ADMIN").get(path(p)).then().statusCode(200)
                .body("items.period", contains("2025", "2025-Q4", "2026", "2026-H1", "2026-Q1", "2026-01", "2026-07"));
        as(TENANT_A, "HR_ADMIN").queryParam("from", "2026").queryParam("to", "2026-H1").get(path(p)).then()
                .statusCode(200).body("items.period", contains("2026-H1", "2026-Q1", "2026-01"))
                .body("total", equalTo(3));
        as(TENANT_A, "HR_ADMIN").queryParam("from", "2026-Q3").get(path(p)).then().statusCode(200)
                .body("items.period", contains("2026-07"));
        as(TENANT_A, "HR_ADMIN").queryParam("to", "2025").get(path(p)).then().statusCode(200)
                .body("items.period", contains("2025", "2025-Q4"));
        as(TENANT_A, "HR_ADMIN").queryParam("from", "2026").queryParam("to", "2026").queryParam("size", 2)
                .queryParam("page", 1).get(path(p)).then().statusCode(200)
                .body("items.period", contains("2026-Q1", "2026-01")).body("total", equalTo(5));

        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("from", "2026-H2").queryParam("to", "2026-Q1")
                .get(path(p)).then(), 400, "validation")
                .body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("to"))
                .body("errors[0].code", equalTo("range"));
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("from", "2026-H3").get(path(p)).then(), 400, "validation")
                .body("errors[0].in", equalTo("query")).body("errors[0].path", equalTo("from"))
                .body("errors[0].code", equalTo("pattern"));
        assertProblem(as(TENANT_A, "HR_ADMIN").get(path(unique("none"))).then(), 404, "not-found");
    }

    @Test
    void aMalformedPeriodRefusesTheWholeBatch() {
        String p = participant();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(record(p, "2026-" + String.format("%02d", i % 12 + 1), "指标" + i, "10", "8", "HIGHER_IS_BETTER"));
        }
        items.set(17, record(p, "2026-H3", "指标17", "10", "8", "HIGHER_IS_BETTER"));
        items.set(3, record(p, "2026-13", "指标3", "10", "8", "HIGHER_IS_BETTER"));
        assertProblem(postRecords(TENANT_A, records(items.toArray(String[]::new))).then(), 400, "validation")
                .body("errors.path", contains("items[17].period", "items[3].period"))
                .body("errors.code", contains("pattern", "pattern"));
        assertEquals(0, stored(p));
    }

    @Test
    void anUnknownParticipantRefusesTheWholeBatch() {
        String p = participant();
        String ghost = unique("ghost");
        String other = unique("ghost");
        assertProblem(postRecords(TENANT_A, records(record(p, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                record(ghost, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                record(p, "2026-H2", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                record(other, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"))).then(), 400, "validation")
                .body("errors.path", contains("items[1].participantExternalId", "items[3].participantExternalId"))
                .body("errors.code", contains("unknown", "unknown"))
                .body("detail", equalTo("The request has 2 invalid inputs. Nothing was stored."));
        assertEquals(0, stored(p));
    }

    @Test
    void numbersMustBeBoundedJsonNumbersAndKeysUniqueInTheBatch() {
        String p = participant();
        assertProblem(postRecords(TENANT_A, records(record(p, "2026-H1", "a", "\"95\"", "76", "HIGHER_IS_BETTER")))
                .then(), 400, "validation")
                .body("errors[0].path", equalTo("items[0].target")).body("errors[0].code", equalTo("invalid-type"));
        assertProblem(postRecords(TENANT_A, records(record(p, "2026-H1", "a", "1000000000000000", "-1e15",
                "HIGHER_IS_BETTER"))).then(), 400, "validation")
                .body("errors.path", contains("items[0].actual", "items[0].target"))
                .body("errors.code", contains("range", "range"));
        assertProblem(postRecords(TENANT_A, records(record(p, "2026-H1", "a", "1", "1", "HIGHER_IS_BETTER"),
                record(p, "2026-H2", "a", "1", "1", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", "a", "2", "2", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", " a", "2", "2", "SIDEWAYS"))).then(), 400, "validation")
                .body("errors.path", contains("items[2].indicator", "items[3].direction", "items[3].indicator"))
                .body("errors.code", contains("duplicate", "invalid-value", "pattern"));
        assertProblem(postRecords(TENANT_A, records(record(p, "2026-H1", "a", "1", "1", "HIGHER_IS_BETTER"),
                record(p, "2026-H2", "a", "1", "1", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", "a", "2", "2", "HIGHER_IS_BETTER"),
                record(p, "2026-H1", " a", "2", "2", "HIGHER_IS_BETTER"))).then(), 400, "validation")
                .body("errors.path", contains("items[2].indicator", "items[3].indicator"))
                .body("errors.code", contains("duplicate", "pattern"));
        assertEquals(0, stored(p));
    }

    @Test
    void figuresAreKeptToFourDecimalPlaces() {
        String p = participant();
        postRecords(TENANT_A, records(record(p, "2026", "a", "999999999999999", "76.00004", "HIGHER_IS_BETTER"),
                record(p, "2026", "b", "-999999999999999", "0.00005", "HIGHER_IS_BETTER"))).then().statusCode(200)
                .body("created", equalTo(2));
        postRecords(TENANT_A, records(record(p, "2026", "a", "999999999999999.0000", "76", "HIGHER_IS_BETTER")))
                .then().statusCode(200).body("unchanged", equalTo(1));
        assertEquals(List.of("0.0001", "76.0000"), em.createNativeQuery("SELECT r.actual FROM performance_record r "
                + "JOIN participant p ON p.id = r.participant_id WHERE p.external_id = ?1 ORDER BY r.actual")
                .setParameter(1, p).getResultList().stream().map(String::valueOf).toList());
        as(TENANT_A, "HR_ADMIN").get(path(p)).then().statusCode(200)
                .body("items.indicator", contains("a", "b")).body("items[1].actual", equalTo(0.0001f))
                .body("items[1].attainment", nullValue());
    }

    @Test
    void moreThanAThousandRecordsAreRefused() {
        String p = participant();
        String[] items = new String[1001];
        for (int i = 0; i < items.length; i++) {
            items[i] = record(p, "2026", "指标" + i, "10", "8", "HIGHER_IS_BETTER");
        }
        assertProblem(postRecords(TENANT_A, records(items)).then(), 400, "validation")
                .body("errors[0].path", equalTo("items")).body("errors[0].code", equalTo("size"));
        assertEquals(0, stored(p));
    }
}
