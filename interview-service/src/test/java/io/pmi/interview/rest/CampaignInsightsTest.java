package io.pmi.interview.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.interview.QuestionBankStubs;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the service assembles from many rows: the preparation pack of one interview, the performance history of a
 * campaign's subjects (paged by cursor), and the interview-quality figures of a campaign's interviewers.
 */
@QuarkusTest
class CampaignInsightsTest {

    @InjectWireMock
    WireMockServer questionBank;

    private String campaign;

    @BeforeEach
    void campaign() {
        questionBank.resetAll();
        QuestionBankStubs.guides(questionBank);
        campaign = as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body("{\"name\": \"" + Hris.unique("洞察") + "\", \"period\": \"2026-H2\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private String plan(String role, String subject, String interviewee, String interviewer, String guide,
                        int version) {
        return as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{\"campaignId\": \"" + campaign
                        + "\", \"subjectExternalId\": \"" + subject + "\", \"intervieweeExternalId\": \"" + interviewee
                        + "\", \"sourceRole\": \"" + role + "\", \"interviewerId\": \"" + interviewer
                        + "\", \"scheduledAt\": \"2026-12-08T02:00:00Z\", \"guideId\": \"" + guide
                        + "\", \"guideVersion\": " + version + "}")
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification interviewer(String interviewer) {
        return given().auth().oauth2(TestTokens.token(TENANT_A, interviewer, "INTERVIEWER"));
    }

    private static void move(String interviewer, String id, String transition) {
        String etag = interviewer(interviewer).get("/api/v1/interviews/" + id).then().statusCode(200).extract().header("ETag");
        interviewer(interviewer).header("If-Match", etag).post("/api/v1/interviews/" + id + "/" + transition).then()
                .statusCode(200);
    }

    private static String participant(String name, String manager) {
        String externalId = Hris.unique("P");
        Hris.put(TENANT_A, externalId, Hris.participant(name, "华东销售部", manager)).then().statusCode(201);
        return externalId;
    }

    @Test
    void thePreparationPackShowsTheIntervieweeAndTheSubjectsLatestPeriodsOnly() {
        String director = participant("王总", null);
        String manager = participant("李强", director);
        String subject = participant("王芳", manager);
        Hris.postRecords(TENANT_A, Hris.records(
                Hris.record(subject, "2025-H1", "销售额", "100", "90", "HIGHER_IS_BETTER"),
                Hris.record(subject, "2025-H2", "销售额", "100", "95", "HIGHER_IS_BETTER"),
                Hris.record(subject, "2026-H1", "销售额", "95", "76", "HIGHER_IS_BETTER"),
                Hris.record(subject, "2026-H1", "客户投诉数", "4", "5", "LOWER_IS_BETTER"),
                Hris.record(subject, "2026-Q3", "销售额", "50", "55", "HIGHER_IS_BETTER"),
                Hris.record(manager, "2026-H1", "团队销售额", "900", "800", "HIGHER_IS_BETTER")))
                .then().statusCode(200).body("created", equalTo(6));

        String supervisorInterview = plan("SUPERVISOR", subject, manager, "interviewer-li", "g-sup", 1);
        JsonPath pack = interviewer("interviewer-li").get("/api/v1/interviews/" + supervisorInterview + "/preparation-pack")
                .then().statusCode(200)
                .body("interviewId", equalTo(supervisorInterview)).body("sourceRole", equalTo("SUPERVISOR"))
                .body("interviewee.externalId", equalTo(manager)).body("interviewee.name", equalTo("李强"))
                .body("interviewee.department", equalTo("华东销售部")).body("interviewee.position", equalTo("工程师"))
                .body("manager.externalId", equalTo(director)).body("manager.name", equalTo("王总"))
                .body("subject.externalId", equalTo(subject)).body("subject.name", equalTo("王芳"))
                .body("subjectPerformance.participantExternalId", everyItem(equalTo(subject)))
                .body("subjectPerformance.period", contains("2026-Q3", "2026-H1", "2026-H1", "2025-H2"))
                .body("subjectPerformance.indicator", contains("销售额", "客户投诉数", "销售额", "销售额"))
                .body("subjectPerformance[1].attainment", equalTo(0.8f))
                .body("preparation.backgroundReviewed", equalTo(false))
                .extract().jsonPath();
        assertEquals(List.of(), pack.getList("subjectPerformance.findAll { it.indicator == '团队销售额' }"),
                "the interviewee's own records are not shown when they are not the subject");

        String selfInterview = plan("SELF", subject, subject, "interviewer-li", "g-self", 2);
        interviewer("interviewer-li").get("/api/v1/interviews/" + selfInterview + "/preparation-pack").then().statusCode(200)
                .body("interviewee.externalId", equalTo(subject)).body("manager.externalId", equalTo(manager))
                .body("subjectPerformance", hasSize(4));
        assertProblem(interviewer("interviewer-zhao").get("/api/v1/interviews/" + selfInterview + "/preparation-pack").then(),
                404, "not-found");
        assertProblem(as(TENANT_B, "HR_ADMIN")
                .get("/api/v1/interviews/" + selfInterview + "/preparation-pack").then(), 404, "not-found");
        as(TENANT_A, "HR_ADMIN").queryParam("interviewId", selfInterview).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", hasItem("interview.preparation-pack.read"))
                .body("items.actor", hasItem("interviewer-li"));
    }

    @Test
    void theCampaignsHistoryListsEverySubjectsRecordsOnceAcrossCursorPages() {
        String first = participant("甲", null);
        String second = participant("乙", null);
        String outsider = participant("丙", null);
        String cancelledOnly = participant("丁", null);
        List<String> rows = new ArrayList<>();
        for (String who : List.of(first, second, outsider, cancelledOnly)) {
            rows.add(Hris.record(who, "2026-H1", "销售额", "100", "80", "HIGHER_IS_BETTER"));
            rows.add(Hris.record(who, "2026-H2", "销售额", "100", "120", "HIGHER_IS_BETTER"));
        }
        Hris.postRecords(TENANT_A, Hris.batch(rows)).then().statusCode(200).body("created", equalTo(8));
        plan("SELF", first, first, "interviewer-li", "g-self", 2);
        plan("SELF", second, second, "interviewer-li", "g-self", 2);
        String cancelled = plan("SELF", cancelledOnly, cancelledOnly, "interviewer-li", "g-self", 2);
        String etag = as(TENANT_A, "HR_ADMIN").get("/api/v1/interviews/" + cancelled).then().extract()
                .header("ETag");
        as(TENANT_A, "HR_ADMIN").header("If-Match", etag).contentType("application/json")
                .body("{\"reason\": \"取消\"}").post("/api/v1/interviews/" + cancelled + "/cancel").then().statusCode(200);

        String path = "/api/v1/campaigns/" + campaign + "/performance-records";
        List<String> seen = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(TENANT_A, "HR_ADMIN").queryParam("size", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).body("items", hasSize(pages < 1 ? 3 : 1))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.participantExternalId"));
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(2, pages);
        List<String> subjects = new ArrayList<>(List.of(first, first, second, second));
        subjects.sort(null);
        assertEquals(subjects, seen, "every record of the two live subjects, by subject; no outsider, no cancelled");
        assertEquals(4, ids.stream().distinct().count());

        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("cursor", "%%%").get(path).then(), 400,
                "validation").body("errors[0].path", equalTo("cursor"));
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("size", 0).get(path).then(), 400, "validation");
        assertProblem(as(TENANT_B, "HR_ADMIN").get(path).then(), 404, "not-found");
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/campaigns/no-such/performance-records").then(),
                404, "not-found");
    }

    @Test
    void interviewerQualityCountsThePitfallsOfEachInterviewersCompletedInterviews() {
        String path = "/api/v1/campaigns/" + campaign + "/interviewer-quality";
        as(TENANT_A, "HR_ADMIN").get(path).then().statusCode(200).body("items", empty())
                .body("total", equalTo(0));

        String clean = planSelf(participant("周一", null), "interviewer-li");
        interviewer("interviewer-li").contentType("application/json").body("{\"backgroundReviewed\": true, "
                        + "\"departmentFunctionUnderstood\": true, \"pastPerformanceReviewed\": true}")
                .put("/api/v1/interviews/" + clean + "/preparation").then().statusCode(201);
        run("interviewer-li", clean);
        answerAll("interviewer-li", clean);
        interviewer("interviewer-li").get("/api/v1/interviews/" + clean + "/quality").then().statusCode(200)
                .body("pitfalls", empty());
        move("interviewer-li", clean, "complete");

        String rushed = planSelf(participant("吴二", null), "interviewer-zhao");
        run("interviewer-zhao", rushed);
        interviewer("interviewer-zhao").contentType("application/json").body("{\"text\": \"还行\", \"vague\": true}")
                .put("/api/v1/interviews/" + rushed + "/answers/goals.strategy").then().statusCode(201);
        interviewer("interviewer-zhao").contentType("application/json").body("{\"emotion\": \"ANGRY\", \"intensity\": 5, "
                + "\"acknowledged\": false}").post("/api/v1/interviews/" + rushed + "/emotions").then().statusCode(201);
        String etag = interviewer("interviewer-zhao").get("/api/v1/interviews/" + rushed).then().extract().header("ETag");
        interviewer("interviewer-zhao").header("If-Match", etag).contentType("application/json")
                .body("{\"overrideReason\": \"时间不够\"}").post("/api/v1/interviews/" + rushed + "/complete").then()
                .statusCode(200);

        String withdrawn = planSelf(participant("郑三", null), "interviewer-li");
        run("interviewer-li", withdrawn);
        answerAll("interviewer-li", withdrawn);
        move("interviewer-li", withdrawn, "complete");
        interviewer("interviewer-li").contentType("application/json").body("{\"reason\": \"撤回\"}")
                .post("/api/v1/interviews/" + withdrawn + "/consent/withdraw").then().statusCode(200);
        planSelf(participant("王四", null), "interviewer-qian");

        as(TENANT_A, "HR_ADMIN").get(path).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.interviewerId", contains("interviewer-li", "interviewer-zhao"))
                .body("items[0].interviews", equalTo(2)).body("items[0].reviewed", equalTo(1))
                .body("items[0].withoutPitfalls", equalTo(1))
                .body("items[0].pitfalls.INACCURATE_RECORD", equalTo(0))
                .body("items[0].pitfalls.UNPREPARED", equalTo(0))
                .body("items[1].interviews", equalTo(1)).body("items[1].reviewed", equalTo(1))
                .body("items[1].withoutPitfalls", equalTo(0))
                .body("items[1].pitfalls.INACCURATE_RECORD", equalTo(1))
                .body("items[1].pitfalls.EMOTION_UNADDRESSED", equalTo(1))
                .body("items[1].pitfalls.UNPREPARED", equalTo(1))
                .body("items[1].pitfalls.LEADING_QUESTION", equalTo(0));
        as(TENANT_A, "HR_ADMIN").queryParam("size", 1).queryParam("page", 1).get(path).then()
                .statusCode(200).body("items.interviewerId", contains("interviewer-zhao")).body("total", equalTo(2));
        assertProblem(interviewer("interviewer-li").get(path).then(), 403, "forbidden");
        assertProblem(as(TENANT_B, "HR_ADMIN").get(path).then(), 404, "not-found");
    }

    @Test
    void theExportBySubjectKeepsEachSubjectsInterviewsTogetherAcrossPages() {
        String manager = participant("经理", null);
        String later = participant("后", manager);
        String earlier = participant("前", manager);
        List<String> subjects = new ArrayList<>(List.of(later, earlier));
        subjects.sort(null);
        List<String> completed = new ArrayList<>();
        for (String subject : List.of(subjects.get(1), subjects.get(0))) {
            String id = planSelf(subject, "interviewer-li");
            run("interviewer-li", id);
            answerAll("interviewer-li", id);
            move("interviewer-li", id, "complete");
            completed.add(id);
        }
        String supervisorInterview = plan("SUPERVISOR", subjects.get(1), manager, "interviewer-li", "g-sup", 1);
        run("interviewer-li", supervisorInterview);
        String etag = interviewer("interviewer-li").get("/api/v1/interviews/" + supervisorInterview).then().extract()
                .header("ETag");
        interviewer("interviewer-li").header("If-Match", etag).contentType("application/json")
                .body("{\"overrideReason\": \"试点\"}").post("/api/v1/interviews/" + supervisorInterview + "/complete")
                .then().statusCode(200);

        String path = "/api/v1/campaigns/" + campaign + "/export";
        as(TENANT_A, "HR_ADMIN").get(path).then().statusCode(200)
                .body("items.id", contains(completed.get(0), completed.get(1), supervisorInterview));
        for (String detail : List.of("ANALYSIS", "MINIMAL")) {
            boolean minimal = detail.equals("MINIMAL");
            List<String> seen = new ArrayList<>();
            List<String> of = new ArrayList<>();
            int answers = 0;
            String cursor = null;
            int pages = 0;
            do {
                var request = as(TENANT_A, "HR_ADMIN").queryParam("order", "SUBJECT").queryParam("detail", detail)
                        .queryParam("size", 1);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get(path).then().statusCode(200)
                        .body("items[0].subjectDepartment", equalTo("华东销售部"))
                        .body("items[0].questions.text", everyItem(nullValue()))
                        .body("items[0].questions.probes", everyItem(nullValue()))
                        .body("items[0].questions[0].dimension", notNullValue())
                        .body("items[0].answers.questionKey", everyItem(notNullValue()))
                        .body("items[0].answers.createdAt", everyItem(minimal ? nullValue() : notNullValue()))
                        .body("items[0].answers.version", everyItem(minimal ? nullValue() : notNullValue()))
                        .body("total", pages == 0 ? equalTo(3) : nullValue());
                seen.add(page.extract().path("items[0].id"));
                of.add(page.extract().path("items[0].subjectExternalId"));
                answers += page.extract().<List<?>>path("items[0].answers").size();
                cursor = page.extract().path("nextCursor");
                pages++;
            } while (cursor != null && pages < 5);
            assertEquals(List.of(completed.get(1), completed.get(0), supervisorInterview), seen,
                    detail + ": the first subject's interview, then the other's two in completion order");
            assertEquals(List.of(subjects.get(0), subjects.get(1), subjects.get(1)), of, detail);
            assertTrue(answers > 0, detail + ": the pages carry answers");
        }

        String completionCursor = as(TENANT_A, "HR_ADMIN").queryParam("size", 1).get(path).then().statusCode(200)
                .body("items[0].questions[0].text", notNullValue()).extract().path("nextCursor");
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("order", "SUBJECT").queryParam("cursor", completionCursor)
                .get(path).then(), 400, "validation").body("errors[0].path", equalTo("cursor"));
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("order", "NAME").get(path).then(), 400, "validation");
    }

    /** A SELF interview of the subject, with the stub's SELF guide. */
    private String planSelf(String subject, String interviewer) {
        return plan("SELF", subject, subject, interviewer, "g-self", 2);
    }

    private static void run(String interviewer, String id) {
        move(interviewer, id, "prepare");
        move(interviewer, id, "start");
        interviewer(interviewer).contentType("application/json").body("{\"locale\": \"zh-CN\", \"agreed\": true}")
                .put("/api/v1/interviews/" + id + "/consent").then().statusCode(201);
    }

    /** Answers every question of the stub's SELF guide as a good record would. */
    private static void answerAll(String interviewer, String id) {
        String[][] answers = {
                {"goals.strategy", "{\"text\": \"我知道今年重点是拓展华东市场,但不清楚和我的指标有什么关系。\"}"},
                {"kpi.reasonable", "{\"scaleValue\": 3}"},
                {"feedback.frequency", "{\"choices\": [\"monthly\"]}"},
                {"incentives.kinds", "{\"choices\": [\"bonus\"]}"}};
        for (String[] answer : answers) {
            interviewer(interviewer).contentType("application/json").body(answer[1])
                    .put("/api/v1/interviews/" + id + "/answers/" + answer[0]).then().statusCode(201);
        }
    }
}
