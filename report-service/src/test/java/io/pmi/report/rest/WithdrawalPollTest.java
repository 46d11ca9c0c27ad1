package io.pmi.report.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.pmi.report.InterviewStubs;
import io.pmi.report.service.WithdrawalPoll;
import io.pmi.testsupport.InjectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consent withdrawn after a report was made: the poll learns it from interview-service's feed with a token of its
 * own, and the stored report no longer shows anything of that interview; the next report leaves it out.
 */
@QuarkusTest
class WithdrawalPollTest {

    private static final String SELF_WORDS = "我不清楚公司今年的方向。";

    @InjectWireMock
    WireMockServer downstream;

    @Inject
    WithdrawalPoll poll;

    private String tenant;
    private String campaign;
    private String subject;

    @BeforeEach
    void stubs() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        campaign = UUID.randomUUID().toString();
        subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private InterviewStubs.Export export(boolean withSelf) {
        InterviewStubs.Export export = new InterviewStubs.Export(campaign, subject).managers("E-MGR-1");
        if (withSelf) {
            export.interview("SELF", 1, "RARELY", SELF_WORDS, "NEGATIVE");
        }
        export.interview("SUPERVISOR", 4, "WEEKLY", "方向很清楚。", "POSITIVE");
        return export;
    }

    private String generate() {
        return as(tenant, "HR_ADMIN").contentType("application/json")
                .body("{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject + "\"}")
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private void withdrawals(String... interviewIds) {
        StringBuilder items = new StringBuilder();
        for (String id : interviewIds) {
            items.append(items.length() == 0 ? "" : ",").append("{\"interviewId\": \"").append(id)
                    .append("\", \"campaignId\": \"").append(campaign).append("\", \"reason\": \"WITHDRAWN\", ")
                    .append("\"at\": \"2026-12-11T08:00:00.123456Z\"}");
        }
        downstream.stubFor(get(urlPathEqualTo("/api/v1/consent-withdrawals")).willReturn(okJson("{\"items\": ["
                + items + "], \"total\": " + interviewIds.length + ", \"page\": 0, \"size\": 200}")));
    }

    @Test
    void aWithdrawnInterviewLeavesTheStoredReportAndTheNextOne() {
        InterviewStubs.Export before = export(true).stub(downstream);
        String selfInterview = before.interviewIds().get(0);
        String id = generate();
        String report = as(tenant, "HR_ADMIN").get("/api/v1/reports/" + id).then().statusCode(200)
                .body("inputs", hasSize(2)).extract().asString();
        assertTrue(report.contains(SELF_WORDS));

        withdrawals(selfInterview);
        assertEquals(1, poll.poll(tenant));
        downstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/consent-withdrawals"))
                .withQueryParam("since", WireMock.equalTo("1970-01-01T00:00:00Z"))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
        String stale = as(tenant, "HR_ADMIN").get("/api/v1/reports/" + id).then().statusCode(200)
                .body("stale", equalTo(true)).body("inputs", hasSize(1))
                .body("inputs.interviewId", not(hasItem(selfInterview))).extract().asString();
        assertFalse(stale.contains(SELF_WORDS), "the withdrawn interview's words are gone from the stored report");
        assertFalse(stale.contains(selfInterview), "and so is every trace of it");
        as(tenant, "HR_ADMIN").queryParam("subjectExternalId", subject).get("/api/v1/reports").then()
                .body("items[0].stale", equalTo(true)).body("items[0].interviews", equalTo(1));

        assertEquals(0, poll.poll(tenant), "reading the feed again changes nothing");
        downstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/consent-withdrawals"))
                .withQueryParam("since", WireMock.equalTo("2026-12-11T08:00:00.123456Z")));

        export(false).stub(downstream);
        as(tenant, "HR_ADMIN").get("/api/v1/reports/" + generate()).then().statusCode(200)
                .body("version", equalTo(2)).body("stale", equalTo(false)).body("inputs", hasSize(1));
    }

    @Test
    void aWithdrawalOfAnInterviewNoReportUsedChangesNothing() {
        export(true).stub(downstream);
        String id = generate();
        withdrawals(UUID.randomUUID().toString());
        assertEquals(0, poll.poll(tenant));
        as(tenant, "HR_ADMIN").get("/api/v1/reports/" + id).then().body("stale", equalTo(false))
                .body("inputs", hasSize(2));
    }
}
