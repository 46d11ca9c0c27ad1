package io.pmi.e2e;

import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchService;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three packaged services as a user runs them (their own processes on one embedded database), driven over HTTP
 * only: an HRIS sync, a campaign on the library's published guides, interviews from every source role planned
 * (interview-service snapshots the guide from the real question-bank-service), run and completed, then a report
 * (report-service reads the real export and the real dimension names); consent withdrawn afterwards leaves the
 * stored report through report-service's withdrawal poll, which calls interview-service with a token of its own.
 */
@ExtendWith(Suite.class)
class SuiteEndToEndTest {

    private static final String TENANT = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String INTERVIEWER = "hr-li";

    private static String questionBank;
    private static String interview;
    private static String report;
    private static BenchService interviewService;
    private static BenchService reportService;

    @BeforeAll
    static void useTheSuite(Suite.Services suite) {
        questionBank = suite.questionBank().baseUrl();
        interview = suite.interview().baseUrl();
        report = suite.report().baseUrl();
        interviewService = suite.interview();
        reportService = suite.report();
    }

    private static RequestSpecification at(String baseUrl, String subject, String role) {
        return RestAssured.given().baseUri(baseUrl).auth().oauth2(TestTokens.token(TENANT, subject, role))
                .contentType("application/json");
    }

    private static RequestSpecification hr(String baseUrl) {
        return at(baseUrl, "hr-admin", "HR_ADMIN");
    }

    private static RequestSpecification interviewer() {
        return at(interview, INTERVIEWER, "INTERVIEWER");
    }

    @Test
    void interviewsFromEverySourceRoleBecomeAReportThatComparesThem() {
        String subject = "E-SUBJ";
        String manager = "E-MGR";
        List<String> peers = List.of("E-P1", "E-P2", "E-P3");
        String subordinate = "E-SUB1";
        List<String> rows = new ArrayList<>();
        rows.add(person(manager, "王经理", null));
        rows.add(person(subject, "李四", manager));
        peers.forEach(peer -> rows.add(person(peer, "同事" + peer, manager)));
        rows.add(person(subordinate, "赵六", subject));
        at(interview, "hris", "INTEGRATION").body("{\"items\": [" + String.join(",", rows) + "]}")
                .post("/api/v1/participants/batch").then().statusCode(200).body("created", equalTo(6));
        at(interview, "hris", "INTEGRATION").body("{\"items\": [" + String.join(",",
                        record(subject, "2026-Q1", 60), record(subject, "2026-Q2", 65), record(subject, "2026-Q3", 62))
                        + "]}")
                .post("/api/v1/performance-records/batch").then().statusCode(200).body("created", equalTo(3));

        hr(questionBank).get("/api/v1/guides/guide.self").then().statusCode(200)
                .body("publishedVersion", equalTo(1));
        String campaign = hr(interview).body(Map.of("name", "2026 下半年绩效访谈 " + TENANT, "period", "2026-H2",
                        "guides", List.of(Map.of("role", "SELF", "guideId", "guide.self"),
                                Map.of("role", "SUPERVISOR", "guideId", "guide.supervisor"),
                                Map.of("role", "PEER", "guideId", "guide.peer"),
                                Map.of("role", "SUBORDINATE", "guideId", "guide.subordinate"))))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");

        List<String> interviews = new ArrayList<>();
        interviews.add(run(campaign, subject, subject, "SELF", 1, "我不清楚公司今年的方向,也没人跟我解释过我的指标。"));
        interviews.add(run(campaign, subject, manager, "SUPERVISOR", 5, "他很清楚今年的重点,我们经常沟通目标。"));
        for (String peer : peers) {
            interviews.add(run(campaign, subject, peer, "PEER", 2, "合作中感觉他对方向说不太清楚,目标经常变化。"));
        }
        interviews.add(run(campaign, subject, subordinate, "SUBORDINATE", 1, "下属原话:经理很少跟我们讲方向和目标。"));

        JsonPath export = hr(interview).queryParam("subjectExternalId", subject)
                .get("/api/v1/campaigns/" + campaign + "/export").then().statusCode(200)
                .body("items", hasSize(6)).body("subject.managerChain.managers[0].externalId", equalTo(manager))
                .extract().jsonPath();
        assertEquals(16, export.getList("items[0].questions").size(), "the library guide's questions, snapshotted");

        String traceId = "0af7651916cd43dd8448eb211c80319c";
        String body = hr(report).header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body(Map.of("campaignId", campaign, "subjectExternalId", subject))
                .post("/api/v1/reports").then().statusCode(201)
                .body("version", equalTo(1)).body("partial", equalTo(false)).body("inputs", hasSize(6))
                .body("dimensions.name", hasItem("目标设定"))
                .body("gaps.size()", not(equalTo(0)))
                .body("historyChecks.verdict", hasItem("CORROBORATED"))
                .body("findings.size()", not(equalTo(0)))
                .body("findings.evidence.answerIds.flatten()", not(hasSize(0)))
                .extract().asString();
        // Issue 15, item 4: the trace sent to report-service is in its log and in interview-service's (which
        // writes JSON lines: PMI_LOG_JSON), for the export call that served this report.
        assertTrue(logged(reportService, "traceId=" + traceId, "POST /api/v1/reports 201"), "report-service's log");
        assertTrue(logged(interviewService, "\"traceId\":\"" + traceId + "\"",
                "GET /api/v1/campaigns/" + campaign + "/export 200"), "interview-service's JSON log");
        assertTrue(body.contains("下属原话"), "HR reads every quote");
        String id = JsonPath.from(body).getString("id");

        String managerView = at(report, manager, "MANAGER").get("/api/v1/reports/" + id).then().statusCode(200)
                .body("audience", equalTo("MANAGER")).body("suppressed.role", hasItem("SUBORDINATE"))
                .body("inputs.sourceRole", everyItem(not(equalTo("SUBORDINATE"))))
                .extract().asString();
        assertFalse(managerView.contains("下属原话"), "a single subordinate's words never reach the manager");
        at(report, "E-P1", "MANAGER").get("/api/v1/reports/" + id).then().statusCode(404);
        hr(interview).queryParam("interviewId", interviews.get(0)).queryParam("size", 200)
                .get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", hasItem("interview.export"))
                .body("items.actor", hasItem("hr-admin"));
        at(interview, INTERVIEWER, "INTERVIEWER").get("/api/v1/interviews/" + interviews.get(0) + "/quality").then()
                .statusCode(200).body("pitfalls.code", not(hasItem(containsString("UNPREPARED"))));

        JsonPath summary = summarized(campaign);
        assertEquals("DONE", summary.getString("status"), summary.prettify());
        assertEquals(1, summary.getInt("result.subjects"));
        assertEquals(6, summary.getInt("result.interviews"));
        assertEquals(JsonPath.from(body).getList("findings").size(), summary.getInt("result.findings.total"),
                "the summary counts what the subject's report finds");
        assertEquals(subject, summary.getString("result.mostSevere[0].subjectExternalId"));
        assertEquals(List.of("PEER"), summary.getList("result.scoresBySourceRole.role").stream().distinct().toList(),
                "three peers pass k = 3; SELF, SUPERVISOR and the one subordinate do not");
        assertEquals(List.of("销售部"), summary.getList("result.scoresByDepartment.department").stream().distinct()
                .toList());
        assertTrue(summary.getList("result.suppressed.group").contains("SUBORDINATE"));

        String selfWords = "我不清楚公司今年的方向";
        assertTrue(body.contains(selfWords));
        interviewer().body(Map.of("reason", "受访者撤回同意")).post("/api/v1/interviews/" + interviews.get(0)
                + "/consent/withdraw").then().statusCode(200);
        String stale = waitUntilStale(id);
        assertFalse(stale.contains(selfWords), "the withdrawn interview's words leave the stored report");
        assertFalse(stale.contains(interviews.get(0)), "and so does every trace of it");
        hr(report).body(Map.of("campaignId", campaign, "subjectExternalId", subject)).post("/api/v1/reports").then()
                .statusCode(201).body("version", equalTo(2)).body("inputs", hasSize(5)).body("stale", equalTo(false));
    }

    /** Starts the campaign's summary and polls it until it is no longer RUNNING; fails after 30 s. */
    private static JsonPath summarized(String campaign) {
        String location = hr(report).post("/api/v1/campaigns/" + campaign + "/summaries").then().statusCode(202)
                .extract().header("Location");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonPath job = hr(report).get(location).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(job.getString("status"))) {
                return job;
            }
            pause();
        }
        throw new AssertionError("summary " + location + " still running after 30 s");
    }

    /** The report once the withdrawal poll (every second here) marked it stale; fails after 30 s. */
    private static String waitUntilStale(String reportId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String read = hr(report).get("/api/v1/reports/" + reportId).then().statusCode(200).extract().asString();
            if (JsonPath.from(read).getBoolean("stale")) {
                return read;
            }
            pause();
        }
        throw new AssertionError("report " + reportId + " was not marked stale within 30 s of the withdrawal");
    }

    /** Whether the service's log has a line with the trace (as the format writes it) and the text, within 5 s. */
    private static boolean logged(BenchService service, String trace, String text) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        do {
            try {
                if (Files.readAllLines(service.log()).stream()
                        .anyMatch(line -> line.contains(trace) && line.contains(text))) {
                    return true;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plans an interview with the campaign's guide for the role and runs it by the book: checklist, consent, an
     * answer to every question (scale values and choices chosen by {@code score}: low is a poor view), completion.
     */
    private static String run(String campaign, String subject, String interviewee, String role, int score,
                              String openText) {
        String id = hr(interview).body(Map.of("campaignId", campaign, "subjectExternalId", subject,
                        "intervieweeExternalId", interviewee, "sourceRole", role, "interviewerId", INTERVIEWER,
                        "scheduledAt", "2026-12-08T02:00:00Z"))
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id");
        String path = "/api/v1/interviews/" + id;
        interviewer().body(Map.of("backgroundReviewed", true, "departmentFunctionUnderstood", true,
                "pastPerformanceReviewed", true)).put(path + "/preparation").then().statusCode(201);
        transition(path, "prepare");
        transition(path, "start");
        interviewer().body(Map.of("locale", "zh-CN", "agreed", true)).put(path + "/consent").then().statusCode(201);
        JsonPath questions = interviewer().queryParam("size", 200).get(path + "/questions").then().statusCode(200)
                .extract().jsonPath();
        for (Map<String, Object> question : questions.<Map<String, Object>>getList("items")) {
            interviewer().body(answer(question, score, openText)).put(path + "/answers/" + question.get("key")).then()
                    .statusCode(201);
        }
        transition(path, "complete");
        return id;
    }

    private static void transition(String path, String transition) {
        String etag = interviewer().get(path).then().statusCode(200).extract().header("ETag");
        interviewer().header("If-Match", etag).post(path + "/" + transition).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Map<String, Object> question, int score, String openText) {
        String stance = score <= 2 ? "NEGATIVE" : "POSITIVE";
        return switch ((String) question.get("type")) {
            case "SCALE" -> Map.of("scaleValue", score, "stance", stance);
            case "SINGLE_CHOICE", "MULTI_CHOICE" -> {
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                int index = score <= 2 ? options.size() - 1 : 0;
                yield Map.of("choices", List.of(options.get(index).get("value")), "stance", stance);
            }
            default -> Map.of("text", openText, "stance", stance);
        };
    }

    private static String person(String externalId, String name, String manager) {
        return "{\"externalId\": \"" + externalId + "\", \"name\": \"" + name + "\", \"email\": \""
                + externalId.toLowerCase() + "@example.com\", \"department\": \"销售部\", \"position\": \"销售\", "
                + "\"managerExternalId\": " + (manager == null ? "null" : "\"" + manager + "\"")
                + ", \"employmentStatus\": \"ACTIVE\"}";
    }

    private static String record(String participant, String period, int actual) {
        return "{\"participantExternalId\": \"" + participant + "\", \"period\": \"" + period + "\", \"indicator\": "
                + "\"销售额\", \"kind\": \"KPI\", \"target\": 100, \"actual\": " + actual + ", \"unit\": \"万元\", "
                + "\"direction\": \"HIGHER_IS_BETTER\"}";
    }
}
