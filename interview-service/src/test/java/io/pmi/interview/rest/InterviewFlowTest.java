package io.pmi.interview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.interview.QuestionBankStubs;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.Metrics;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interview from planning to a complete, reviewed record, against the real database, with the question bank
 * played by WireMock: every step's answer, the stored state after bad input, and who may see what.
 */
@QuarkusTest
class InterviewFlowTest {

    static final String INTERVIEWER = "interviewer-li";


    @InjectWireMock
    WireMockServer questionBank;

    private String subject;
    private String manager;
    private String report;
    private String campaign;

    @BeforeEach
    void hrisAndCampaign() {
        questionBank.resetAll();
        QuestionBankStubs.guides(questionBank);
        subject = Hris.unique("S");
        manager = Hris.unique("M");
        report = Hris.unique("R");
        Hris.put(TENANT_A, manager, Hris.participant("王经理", "销售部", null)).then().statusCode(201);
        Hris.put(TENANT_A, subject, Hris.participant("李四", "销售部", manager)).then().statusCode(201);
        Hris.put(TENANT_A, report, Hris.participant("赵六", "销售部", subject)).then().statusCode(201);
        campaign = as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body("{\"name\": \"" + Hris.unique("2026 H2 诊断") + "\", \"period\": \"2026-H2\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private String plan(String role, String interviewee, String guideId, Integer version, String override) {
        return "{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject + "\", "
                + "\"intervieweeExternalId\": \"" + interviewee + "\", \"sourceRole\": \"" + role + "\", "
                + "\"interviewerId\": \"" + INTERVIEWER + "\", \"scheduledAt\": \"2026-12-08T02:00:00Z\""
                + (guideId == null ? "" : ", \"guideId\": \"" + guideId + "\"")
                + (version == null ? "" : ", \"guideVersion\": " + version)
                + (override == null ? "" : ", \"roleOverrideReason\": \"" + override + "\"") + "}";
    }

    private static RequestSpecification interviewer() {
        return given().auth().oauth2(TestTokens.token(TENANT_A, INTERVIEWER, "INTERVIEWER"));
    }

    private Response planSelf() {
        return as(TENANT_A, "HR_ADMIN").contentType("application/json").body(plan("SELF", subject, "g-self", null,
                null)).post("/api/v1/interviews");
    }

    /** Plans a SELF interview and takes it through prepare, start and consent; answers the interview's id. */
    private String inProgress() {
        String id = planSelf().then().statusCode(201).extract().path("id");
        String etag = interviewer().post("/api/v1/interviews/" + id + "/prepare").then().statusCode(404).extract()
                .header("ETag");
        assertEquals(null, etag, "without If-Match the interview is found first, then refused");
        return id;
    }

    private String etag(String id) {
        return interviewer().get("/api/v1/interviews/" + id).then().statusCode(200).extract().header("ETag");
    }

    private String started(String id) {
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/prepare").then().statusCode(200);
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/start").then().statusCode(200);
        interviewer().contentType("application/json").body("{\"locale\": \"zh-CN\", \"agreed\": true}")
                .put("/api/v1/interviews/" + id + "/consent").then().statusCode(201);
        return id;
    }

    private Response answer(String id, String key, String body) {
        return interviewer().contentType("application/json").body(body)
                .put("/api/v1/interviews/" + id + "/answers/" + key);
    }

    @Test
    void planningSnapshotsTheLatestPublishedGuideVersionWordedForTheRole() {
        Response planned = planSelf();
        planned.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/interviews/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("status", equalTo("PLANNED"))
                .body("guideId", equalTo("g-self"))
                .body("guideVersion", equalTo(2))
                .body("sourceRole", equalTo("SELF"))
                .body("interviewerId", equalTo(INTERVIEWER));
        String id = planned.path("id");
        interviewer().get("/api/v1/interviews/" + id + "/questions").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.key", contains("goals.strategy", "kpi.reasonable", "feedback.frequency",
                        "incentives.kinds"))
                .body("items.required", everyItem(equalTo(true)))
                .body("items[0].text.zh-CN", equalTo("你怎么理解公司今年的战略重点?"))
                .body("items[0].probes[0].zh-CN", equalTo("能举一个例子吗?"))
                .body("items[1].scale.min", equalTo(1)).body("items[1].scale.max", equalTo(5))
                .body("items[2].options.value", contains("weekly", "monthly", "rarely"))
                .body("items[3].type", equalTo("MULTI_CHOICE"));
    }

    @Test
    void anInterviewRunsFromPreparationToAReviewedCompleteRecord() {
        String id = planSelf().then().statusCode(201).extract().path("id");
        assertProblem(interviewer().post("/api/v1/interviews/" + id + "/prepare").then(), 428, "precondition-required");
        assertProblem(interviewer().header("If-Match", "\"999\"").post("/api/v1/interviews/" + id + "/prepare").then(),
                412, "precondition-failed");
        assertProblem(interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/start").then(),
                409, "invalid-transition").body("currentStatus", equalTo("PLANNED"))
                .body("allowed", contains("PREPARED", "CANCELLED"));

        interviewer().contentType("application/json").body("{\"backgroundReviewed\": true, "
                        + "\"departmentFunctionUnderstood\": true, \"pastPerformanceReviewed\": true, \"notes\": \"看过去年考核\"}")
                .put("/api/v1/interviews/" + id + "/preparation").then().statusCode(201).header("ETag", equalTo("\"1\""));
        interviewer().contentType("application/json").header("If-Match", "\"1\"").body("{\"backgroundReviewed\": true, "
                        + "\"departmentFunctionUnderstood\": true, \"pastPerformanceReviewed\": true}")
                .put("/api/v1/interviews/" + id + "/preparation").then().statusCode(200).header("ETag", equalTo("\"2\""));
        String before = etag(id);
        interviewer().header("If-Match", before).post("/api/v1/interviews/" + id + "/prepare").then().statusCode(200)
                .body("status", equalTo("PREPARED")).body("preparedAt", notNullValue());
        assertNotEquals(before, etag(id), "a transition changes the interview's ETag");
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        assertProblem(answer(id, "kpi.reasonable", "{\"scaleValue\": 2}").then(), 409, "consent-missing");
        interviewer().contentType("application/json").body("{\"locale\": \"zh-CN\", \"agreed\": true}")
                .put("/api/v1/interviews/" + id + "/consent").then().statusCode(201)
                .body("textVersion", equalTo("g-self@2")).body("textHash", matchesPattern("[0-9a-f]{64}"));

        String afterConsent = etag(id);
        answer(id, "goals.strategy", "{\"text\": \"我知道今年重点是拓展华东市场,但不清楚和我的指标有什么关系。\", "
                + "\"stance\": \"NEGATIVE\", \"tags\": [\"alignment\"]}").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("stance", equalTo("NEGATIVE"));
        answer(id, "kpi.reasonable", "{\"scaleValue\": 2, \"comment\": \"指标太多\"}").then().statusCode(201);
        answer(id, "feedback.frequency", "{\"choices\": [\"rarely\"]}").then().statusCode(201);
        answer(id, "incentives.kinds", "{\"choices\": [\"bonus\", \"training\"]}").then().statusCode(201);
        assertEquals(afterConsent, etag(id), "answers do not change the interview's ETag");
        assertProblem(answer(id, "kpi.reasonable", "{\"scaleValue\": 3}").then(), 428, "precondition-required");
        answer(id, "kpi.reasonable", "{\"scaleValue\": 3}").then().statusCode(428);
        interviewer().contentType("application/json").header("If-Match", "\"0\"").body("{\"scaleValue\": 3}")
                .put("/api/v1/interviews/" + id + "/answers/kpi.reasonable").then().statusCode(200)
                .body("scaleValue", equalTo(3)).header("ETag", equalTo("\"1\""));

        interviewer().contentType("application/json").body("{\"questionKey\": \"kpi.reasonable\", \"emotion\": "
                + "\"FRUSTRATED\", \"intensity\": 4, \"acknowledged\": true, \"note\": \"谈到指标时很激动\"}")
                .post("/api/v1/interviews/" + id + "/emotions").then().statusCode(201).body("id", notNullValue());

        interviewer().get("/api/v1/interviews/" + id + "/completeness").then().statusCode(200)
                .body("score", equalTo(1.0f)).body("threshold", equalTo(0.8f)).body("gaps", empty());
        interviewer().get("/api/v1/interviews/" + id + "/quality").then().statusCode(200).body("pitfalls", empty());
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("completedAt", notNullValue());
        assertProblem(answer(id, "goals.strategy", "{\"text\": \"补充\"}").then(), 409, "interview-not-in-progress");

        as(TENANT_A, "HR_ADMIN").queryParam("interviewId", id).queryParam("size", 200).get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.action", hasItems("interview.plan", "interview.prepared", "interview.in-progress",
                        "interview.consent.record", "answer.create", "answer.update", "emotion.create",
                        "interview.complete", "interview.read"))
                .body("items.actor", hasItem(INTERVIEWER));
    }

    @Test
    void aWrongAnswerIsAProblemAtItsPathAndNothingIsStored() {
        String id = started(planSelf().then().statusCode(201).extract().path("id"));
        assertProblem(answer(id, "kpi.reasonable", "{\"scaleValue\": 6}").then(), 400, "validation")
                .body("errors[0].path", equalTo("scaleValue")).body("errors[0].code", equalTo("out-of-range"));
        assertProblem(answer(id, "kpi.reasonable", "{\"text\": \"还行\"}").then(), 400, "validation")
                .body("errors.path", contains("scaleValue", "text"));
        assertProblem(answer(id, "feedback.frequency", "{\"choices\": [\"daily\"]}").then(), 400, "validation")
                .body("errors[0].path", equalTo("choices[0]")).body("errors[0].code", equalTo("unknown"));
        assertProblem(answer(id, "feedback.frequency", "{\"choices\": [\"weekly\", \"rarely\"]}").then(), 400,
                "validation").body("errors[0].code", equalTo("size"));
        assertProblem(answer(id, "no.such.question", "{\"text\": \"随便说说\"}").then(), 422, "unknown-question");
        assertProblem(answer(id, "goals.strategy", "{\"text\": \"好\", \"colour\": \"red\"}").then(), 400, "validation")
                .body("errors[0].code", equalTo("unknown-field"));
        interviewer().get("/api/v1/interviews/" + id + "/answers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void belowTheThresholdCompletionNeedsAReasonAndTheReviewNamesThePitfalls() {
        questionBank.stubFor(post(urlEqualTo("/api/v1/questions/lint")).willReturn(okJson(
                "{\"locale\": \"zh-CN\", \"findings\": [{\"code\": \"LEADING\", \"severity\": \"ERROR\", \"message\": "
                        + "\"引导性提问\", \"start\": 0, \"end\": 5, \"suggestion\": \"你对现有的绩效指标数量有什么看法?\", "
                        + "\"reason\": \"TAG_QUESTION\"}]}")));
        String id = planSelf().then().statusCode(201).extract().path("id");
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/prepare").then().statusCode(200);
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/start").then().statusCode(200);
        interviewer().contentType("application/json").body("{\"locale\": \"zh-CN\", \"agreed\": true}")
                .put("/api/v1/interviews/" + id + "/consent").then().statusCode(201);
        answer(id, "goals.strategy", "{\"text\": \"还行\", \"vague\": true}").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"emotion\": \"ANGRY\", \"intensity\": 5, "
                + "\"acknowledged\": false}").post("/api/v1/interviews/" + id + "/emotions").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"text\": \"你是不是也觉得咱们现在的绩效指标太多了,对吧?\", "
                        + "\"dimension\": \"INDICATORS\"}").post("/api/v1/interviews/" + id + "/questions").then()
                .statusCode(201).body("key", equalTo("spot.1")).body("findings[0].code", equalTo("LEADING"))
                .body("findings[0].reason", equalTo("TAG_QUESTION"))
                .body("question.required", equalTo(false)).body("question.askedOnSpot", equalTo(true));

        interviewer().get("/api/v1/interviews/" + id + "/completeness").then().statusCode(200)
                .body("score", equalTo(0.0f))
                .body("gaps.code", hasItems("REQUIRED_UNANSWERED", "VAGUE_NOT_FOLLOWED_UP", "CORE_DIMENSION_UNCOVERED",
                        "EMOTION_NOT_ACKNOWLEDGED"));
        interviewer().get("/api/v1/interviews/" + id + "/quality").then().statusCode(200)
                .body("pitfalls.code", contains("LEADING_QUESTION", "EMOTION_UNADDRESSED", "UNPREPARED",
                        "INACCURATE_RECORD"))
                .body("pitfalls[0].evidence[0].questionKey", equalTo("spot.1"));

        String etag = etag(id);
        double completed = Metrics.counter("pmi_interviews_completed_total", "");
        assertProblem(interviewer().header("If-Match", etag).post("/api/v1/interviews/" + id + "/complete").then(),
                422, "incomplete-record").body("gaps", hasSize(8)).body("threshold", equalTo(0.8f));
        interviewer().get("/api/v1/interviews/" + id).then().body("status", equalTo("IN_PROGRESS"));
        assertEquals(completed, Metrics.counter("pmi_interviews_completed_total", ""), "a refused completion counted");
        interviewer().header("If-Match", etag).contentType("application/json")
                .body("{\"overrideReason\": \"受访者临时有会\"}").post("/api/v1/interviews/" + id + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completionOverrideReason", equalTo("受访者临时有会"));
        assertEquals(completed + 1, Metrics.counter("pmi_interviews_completed_total", ""));
    }

    @Test
    void withdrawingConsentRedactsTheAnswersAtOnceEvenAfterCompletion() {
        String id = started(planSelf().then().statusCode(201).extract().path("id"));
        answer(id, "goals.strategy", "{\"text\": \"我觉得我的目标和部门目标完全脱节,没人解释过。\", \"followUps\": "
                + "[{\"probe\": \"能举一个例子吗?\", \"answer\": \"比如上季度的新客户指标。\"}]}").then().statusCode(201);
        answer(id, "kpi.reasonable", "{\"scaleValue\": 2, \"comment\": \"太多了\"}").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"overrideReason\": \"测试\"}").header("If-Match", etag(id))
                .post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);

        as(TENANT_A, "HR_ADMIN").queryParam("subjectExternalId", subject)
                .get("/api/v1/campaigns/" + campaign + "/export").then().statusCode(200)
                .body("campaign.anonymityThreshold", equalTo(3)).body("campaign.period", equalTo("2026-H2"))
                .body("subject.department", equalTo("销售部"))
                .body("subject.managerChain.managers[0].externalId", equalTo(manager))
                .body("items.id", contains(id)).body("items[0].sourceRole", equalTo("SELF"))
                .body("items[0].answers.questionKey", contains("goals.strategy", "kpi.reasonable"))
                .body("items[0].questions", hasSize(4))
                .body("items[0].intervieweeExternalId", nullValue())
                .body("nextCursor", nullValue());
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("cursor", "not-a-cursor")
                .get("/api/v1/campaigns/" + campaign + "/export").then(), 400, "validation");
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/campaigns/" + campaign + "/export").then(), 404,
                "not-found");
        interviewer().contentType("application/json").body("{\"reason\": \"受访者撤回同意\"}")
                .post("/api/v1/interviews/" + id + "/consent/withdraw").then().statusCode(200)
                .body("consent.withdrawnAt", notNullValue()).body("status", equalTo("COMPLETED"));
        interviewer().get("/api/v1/interviews/" + id + "/answers").then().statusCode(200)
                .body("items.text", everyItem(nullValue()))
                .body("items.comment", everyItem(nullValue()))
                .body("items.redacted", everyItem(equalTo(true)))
                .body("items[0].followUps[0].probe", equalTo("能举一个例子吗?"))
                .body("items[0].followUps[0].answer", nullValue())
                .body("items[1].scaleValue", equalTo(2));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/campaigns/" + campaign + "/export").then().statusCode(200)
                .body("items", empty()).body("subject", nullValue());
        assertProblem(interviewer().contentType("application/json").body("{}")
                .post("/api/v1/interviews/" + id + "/consent/withdraw").then(), 409, "consent-missing");
        String since = as(TENANT_A, "HR_ADMIN").get("/api/v1/interviews/" + id).then().extract()
                .path("consent.withdrawnAt");
        as(TENANT_A, "HR_ADMIN").queryParam("since", since).queryParam("size", 200)
                .get("/api/v1/consent-withdrawals").then().statusCode(200)
                .body("items.findAll { it.interviewId == '" + id + "' }.reason", contains("WITHDRAWN"))
                .body("items.findAll { it.interviewId == '" + id + "' }.subjectExternalId", contains(subject));
        as(TENANT_B, "HR_ADMIN").queryParam("since", since).get("/api/v1/consent-withdrawals").then()
                .statusCode(200).body("items.interviewId", not(hasItem(id)));
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/consent-withdrawals").then(), 400, "validation")
                .body("errors[0].path", equalTo("since"));
        assertProblem(interviewer().queryParam("since", since).get("/api/v1/consent-withdrawals").then(), 403,
                "forbidden");
    }

    @Test
    void erasingTheIntervieweeRedactsWhatTheySaid() {
        String id = started(planSelf().then().statusCode(201).extract().path("id"));
        answer(id, "goals.strategy", "{\"text\": \"我其实不知道公司的战略是什么,也没有人讲过。\"}").then().statusCode(201);
        as(TENANT_A, "HR_ADMIN").delete("/api/v1/participants/" + subject).then().statusCode(200)
                .body("removed.interviews", equalTo(1));
        as(TENANT_A, "HR_ADMIN").get("/api/v1/interviews/" + id + "/answers").then().statusCode(200)
                .body("items[0].text", nullValue()).body("items[0].redacted", equalTo(true));
    }

    @Test
    void theSourceRoleMustMatchTheHrisUnlessAReasonIsGiven() {
        String wrongManager = plan("SUPERVISOR", report, "g-sup", 1, null);
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(wrongManager)
                .post("/api/v1/interviews").then(), 422, "role-mismatch").body("errors[0].path", equalTo("sourceRole"));
        as(TENANT_A, "HR_ADMIN").queryParam("campaignId", campaign).get("/api/v1/interviews").then()
                .body("total", equalTo(0));
        as(TENANT_A, "HR_ADMIN").contentType("application/json").body(plan("SUPERVISOR", manager, "g-sup", 1, null))
                .post("/api/v1/interviews").then().statusCode(201).body("sourceRole", equalTo("SUPERVISOR"));
        as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(plan("SUPERVISOR", report, "g-sup", 1, "新经理尚未同步到 HRIS")).post("/api/v1/interviews").then()
                .statusCode(201).body("roleOverrideReason", equalTo("新经理尚未同步到 HRIS"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(plan("SUBORDINATE", manager, "g-sup", 1, null)).post("/api/v1/interviews").then(), 422,
                "role-mismatch");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(plan("SELF", "nobody-" + subject, "g-self", 2, null)).post("/api/v1/interviews").then(), 400,
                "validation").body("errors[0].path", equalTo("intervieweeExternalId"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(plan("SELF", subject, "g-sup", 1, null)).post("/api/v1/interviews").then(), 400, "validation")
                .body("errors[0].path", equalTo("guideId")).body("errors[0].code", equalTo("mismatch"));
    }

    @Test
    void theExportPagesByACursorThatStaysStable() {
        String self = started(planSelf().then().statusCode(201).extract().path("id"));
        String supervisor = started(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(plan("SUPERVISOR", manager, "g-sup", 1, null)).post("/api/v1/interviews").then().statusCode(201)
                .extract().path("id"));
        for (String id : List.of(self, supervisor)) {
            interviewer().contentType("application/json").header("If-Match", etag(id))
                    .body("{\"overrideReason\": \"试点\"}").post("/api/v1/interviews/" + id + "/complete").then()
                    .statusCode(200);
        }
        String export = "/api/v1/campaigns/" + campaign + "/export";
        String cursor = as(TENANT_A, "HR_ADMIN").queryParam("size", 1).get(export).then().statusCode(200)
                .body("items.id", contains(self)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        as(TENANT_A, "HR_ADMIN").queryParam("size", 1).queryParam("cursor", cursor).get(export).then()
                .statusCode(200).body("items.id", contains(supervisor)).body("items[0].sourceRole",
                        equalTo("SUPERVISOR")).body("nextCursor", nullValue());
    }

    @Test
    void theExportCarriesTheRecordAsTheInterviewsRoutesShowItAnalysisLeavesOutTheWordingMinimalAlsoAnswerRevisions()
            throws Exception {
        questionBank.stubFor(post(urlEqualTo("/api/v1/questions/lint")).willReturn(okJson("{\"locale\": \"zh-CN\", "
                + "\"findings\": [{\"code\": \"LEADING\", \"severity\": \"ERROR\", \"message\": \"引导性提问\", "
                + "\"start\": 0, \"end\": 5}]}")));
        String id = started(planSelf().then().statusCode(201).extract().path("id"));
        answer(id, "goals.strategy", "{\"text\": \"方向一直在变。\", \"followUps\": [{\"probe\": \"能举一个例子吗?\", "
                + "\"answer\": \"上季度改了两次。\"}], \"stance\": \"NEGATIVE\", \"tags\": [\"方向\"]}").then().statusCode(201);
        answer(id, "kpi.reasonable", "{\"scaleValue\": 2, \"comment\": \"太多了\", \"vague\": true}").then()
                .statusCode(201);
        answer(id, "feedback.frequency", "{\"choices\": [\"monthly\"]}").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"questionKey\": \"kpi.reasonable\", \"emotion\": "
                        + "\"ANGRY\", \"intensity\": 4, \"acknowledged\": true, \"note\": \"说到指标时很激动\"}")
                .post("/api/v1/interviews/" + id + "/emotions").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"text\": \"你是不是也觉得咱们现在的绩效指标太多了,对吧?\", "
                + "\"dimension\": \"INDICATORS\"}").post("/api/v1/interviews/" + id + "/questions").then()
                .statusCode(201);
        interviewer().contentType("application/json").body("{\"overrideReason\": \"测试\"}").header("If-Match", etag(id))
                .post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);

        ObjectMapper json = new ObjectMapper();
        String export = "/api/v1/campaigns/" + campaign + "/export";
        JsonNode full = json.readTree(as(TENANT_A, "HR_ADMIN").get(export).then().statusCode(200).extract().asString());
        JsonNode item = full.at("/items/0");
        JsonNode interview = json.readTree(interviewer().get("/api/v1/interviews/" + id).then().statusCode(200)
                .extract().asString());
        assertEquals(1, full.get("items").size());
        assertEquals(List.of("id", "version", "subjectExternalId", "subjectDepartment", "sourceRole", "completedAt",
                "answers", "questions", "emotions"), fieldNames(item));
        for (String field : List.of("id", "version", "subjectExternalId", "sourceRole", "completedAt")) {
            assertEquals(interview.get(field), item.get(field), field);
        }
        assertEquals("销售部", item.get("subjectDepartment").asText());
        assertEquals(routeItems(json, id, "answers"), item.get("answers"));
        assertEquals(routeItems(json, id, "questions"), item.get("questions"));
        assertEquals(routeItems(json, id, "emotions"), item.get("emotions"));
        assertEquals("能举一个例子吗?", item.at("/answers/0/followUps/0/probe").asText());
        assertEquals("方向", item.at("/answers/0/tags/0").asText());
        assertTrue(item.at("/answers/1/vague").asBoolean());
        assertEquals(5, item.get("questions").size());
        assertEquals("LEADING", item.at("/questions/4/findings/0").asText());
        assertEquals("说到指标时很激动", item.at("/emotions/0/note").asText());

        JsonNode analysis = json.readTree(as(TENANT_A, "HR_ADMIN").queryParam("order", "SUBJECT")
                .queryParam("detail", "ANALYSIS").get(export).then().statusCode(200).extract().asString());
        ObjectNode expected = full.deepCopy();
        expected.at("/items/0/questions").forEach(question -> ((ObjectNode) question)
                .remove(List.of("text", "probes")));
        assertTrue(item.at("/questions/0").has("text") && item.at("/questions/0").has("probes"));
        assertEquals(expected, analysis, "the same page without the questions' wording and probes");

        JsonNode minimal = json.readTree(as(TENANT_A, "HR_ADMIN").queryParam("order", "SUBJECT")
                .queryParam("detail", "MINIMAL").get(export).then().statusCode(200).extract().asString());
        List<String> revisions = List.of("followUps", "createdAt", "updatedAt", "version");
        ObjectNode withoutRevisions = analysis.deepCopy();
        withoutRevisions.at("/items/0/answers").forEach(answer -> ((ObjectNode) answer).remove(revisions));
        assertEquals(withoutRevisions, minimal, "the analysis page without the answers' follow-ups, times and version");
        assertEquals(List.of("id", "questionKey", "text", "followUps", "vague", "stance", "tags", "redacted",
                "createdAt", "updatedAt", "version"), fieldNames(item.at("/answers/0")));
        assertEquals(List.of("id", "questionKey", "text", "vague", "stance", "tags", "redacted"),
                fieldNames(minimal.at("/items/0/answers/0")));
        assertEquals(3, minimal.at("/items/0/answers").size());
        for (JsonNode answer : minimal.at("/items/0/answers")) {
            for (String field : revisions) {
                assertFalse(answer.has(field), field + " left out of " + answer);
            }
        }
        for (JsonNode answer : item.get("answers")) {
            assertTrue(answer.get("version").isIntegralNumber() && answer.get("createdAt").isTextual()
                    && answer.get("updatedAt").isTextual(), "revision fields in the full export: " + answer);
        }
        assertEquals(2, minimal.at("/items/0/answers/1/scaleValue").asInt());
        assertEquals("太多了", minimal.at("/items/0/answers/1/comment").asText());
        assertEquals("monthly", minimal.at("/items/0/answers/2/choices/0").asText());
        assertFalse(minimal.at("/items/0/questions/0").has("text"));
        assertTrue(minimal.at("/items/0/emotions/0").has("createdAt"));

        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("detail", "minimal").get(export).then(), 400, "validation")
                .body("errors", hasSize(1)).body("errors[0].in", equalTo("query"))
                .body("errors[0].path", equalTo("detail")).body("errors[0].code", equalTo("invalid-value"))
                .body("errors[0].message", equalTo("must be one of [FULL, ANALYSIS, MINIMAL]"));
    }

    /** The items of one of the interview's own list routes (answers, questions, emotions). */
    private static JsonNode routeItems(ObjectMapper json, String id, String route) throws Exception {
        return json.readTree(interviewer().queryParam("size", 100).get("/api/v1/interviews/" + id + "/" + route)
                .then().statusCode(200).extract().asString()).get("items");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aSecondLiveInterviewIsADuplicateUntilTheFirstIsCancelled() {
        String first = planSelf().then().statusCode(201).extract().path("id");
        assertProblem(planSelf().then(), 409, "duplicate-interview").body("existingId", equalTo(first));
        as(TENANT_A, "HR_ADMIN").header("If-Match", etag(first)).contentType("application/json")
                .body("{\"reason\": \"改期\"}").post("/api/v1/interviews/" + first + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("改期"));
        planSelf().then().statusCode(201);
        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", etag(first))
                .post("/api/v1/interviews/" + first + "/cancel").then(), 409, "invalid-transition");
    }

    @Test
    void whenTheQuestionBankIsDownPlanningIsA503AndNothingIsStored() {
        WireMockResource.whileDown(questionBank, () -> assertProblem(planSelf().then(), 503, "service-unavailable")
                .header("Retry-After", notNullValue()));
        questionBank.stubFor(get(urlEqualTo("/api/v1/guides/g-self/versions/2")).willReturn(aResponse().withStatus(500)));
        assertProblem(planSelf().then(), 503, "service-unavailable");
        as(TENANT_A, "HR_ADMIN").queryParam("campaignId", campaign).get("/api/v1/interviews").then()
                .body("total", equalTo(0));
    }

    @Test
    void anInterviewerSeesOnlyTheInterviewsTheyConductAndOtherTenantsNothing() {
        String id = planSelf().then().statusCode(201).extract().path("id");
        interviewer().get("/api/v1/interviews/" + id).then().statusCode(200);
        interviewer().queryParam("campaignId", campaign).get("/api/v1/interviews").then().body("total", equalTo(1));
        RequestSpecification other = given().auth().oauth2(TestTokens.token(TENANT_A, "interviewer-wang", "INTERVIEWER"));
        assertProblem(other.get("/api/v1/interviews/" + id).then(), 404, "not-found");
        other.queryParam("campaignId", campaign).get("/api/v1/interviews").then().body("total", equalTo(0));
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/interviews/" + id).then(), 404, "not-found");
        assertProblem(as(TENANT_B, "HR_ADMIN").get("/api/v1/interviews/" + id + "/answers").then(), 404, "not-found");
        assertProblem(as(TENANT_A, "MANAGER").get("/api/v1/interviews/" + id).then(), 403, "forbidden");
        assertProblem(as(TENANT_A, "INTEGRATION").get("/api/v1/interviews").then(), 403, "forbidden");
        assertProblem(interviewer().contentType("application/json").body(plan("SELF", subject, "g-self", 2, null))
                .post("/api/v1/interviews").then(), 403, "forbidden");
        assertProblem(interviewer().get("/api/v1/audit-events").then(), 403, "forbidden");
    }

    @Test
    void transitionsWithoutABodyNeedNoContentType() {
        String id = planSelf().then().statusCode(201).extract().path("id");
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/prepare").then().statusCode(200);
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/start").then().statusCode(200);
        interviewer().header("If-Match", etag(id)).post("/api/v1/interviews/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        List<String> statuses = as(TENANT_A, "HR_ADMIN").queryParam("campaignId", campaign).queryParam("status",
                "CANCELLED").get("/api/v1/interviews").then().statusCode(200).extract().path("items.status");
        assertEquals(List.of("CANCELLED"), statuses);
        assertProblem(as(TENANT_A, "HR_ADMIN").queryParam("status", "DONE").get("/api/v1/interviews").then(), 400,
                "validation").body("errors[0].path", equalTo("status"));
    }
}
