package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pmi.questionbank.rest.QuestionResourceTest.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GuideResourceTest {

    @Inject
    EntityManager em;

    /** An active open question of {@code tenant} asked of SELF and SUPERVISOR. */
    static String activeQuestion(String tenant, String dimension, String topic, String selfText) {
        String key = unique(dimension.toLowerCase());
        String body = """
                {"key": "%s", "dimension": "%s", "topic": "%s", "measure": "%s", "type": "OPEN",
                 "text": {"zh-CN": "%s"},
                 "variants": [{"role": "SELF", "text": {"zh-CN": "%s", "en": "What is your view on this?"}},
                              {"role": "SUPERVISOR", "text": {"zh-CN": "你怎样看待这位下属在这方面的情况?"}}],
                 "probes": [{"zh-CN": "能具体说说吗?"}]}
                """.formatted(key, dimension, topic, key, selfText, selfText);
        String id = as(tenant, "HR_ADMIN").contentType("application/json").body(body).post("/api/v1/questions").then()
                .statusCode(201).extract().path("id");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/questions/" + id + "/activate").then()
                .statusCode(200);
        return id;
    }

    static String guideBody(String key, String role, String... sections) {
        return """
                {"key": "%s", "role": "%s", "title": {"zh-CN": "销售团队员工访谈", "en": "Sales team: employee"},
                 "sections": [%s], "estimatedMinutes": 30}
                """.formatted(key, role, String.join(", ", sections));
    }

    static String section(String dimension, String... questions) {
        return "{\"dimension\": \"" + dimension + "\", \"questions\": [" + String.join(", ",
                java.util.Arrays.stream(questions).map(q -> "\"" + q + "\"").toList()) + "]}";
    }

    record Core(String goals, String indicators, String feedback, String incentives) {
        String[] sections() {
            return new String[]{section("GOALS", goals), section("INDICATORS", indicators),
                    section("FEEDBACK", feedback), section("INCENTIVES", incentives)};
        }
    }

    static Core core(String tenant) {
        return new Core(activeQuestion(tenant, "GOALS", "STRATEGY_AWARENESS", "你怎样理解公司今年的主要发展方向?"),
                activeQuestion(tenant, "INDICATORS", "KPI_DESIGN", "你对现有的绩效指标数量有什么看法?"),
                activeQuestion(tenant, "FEEDBACK", "ACCEPTANCE", "什么样的反馈方式你更容易接受?"),
                activeQuestion(tenant, "INCENTIVES", "MATERIAL", "奖金规则对你的工作安排有哪些影响?"));
    }

    static ExtractableResponse<Response> create(String tenant, String body) {
        return as(tenant, "HR_ADMIN").contentType("application/json").body(body).post("/api/v1/guides").then()
                .statusCode(201).extract();
    }

    private long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void aGuideCoveringTheCoreDimensionsIsPublishedAndFrozen() {
        String tenant = unique("guides");
        Core core = core(tenant);
        ExtractableResponse<Response> created = create(tenant, guideBody(unique("self"), "SELF", core.sections()));
        String id = created.path("id");
        assertEquals("DRAFT", created.path("status"));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals("这不是来找问题、追究谁的责任", ((String) created.path("opening.'zh-CN'")).substring(15, 29));

        ExtractableResponse<Response> published = as(tenant, "HR_ADMIN").header("If-Match", "\"0\"")
                .post("/api/v1/guides/" + id + "/publish").then().statusCode(201).extract();
        assertEquals("/api/v1/guides/" + id + "/versions/1",
                published.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals(1, count("SELECT COUNT(*) FROM guide_version WHERE guide_id = ?1", id));

        as(tenant, "INTERVIEWER").get("/api/v1/guides/" + id + "/versions/1").then().statusCode(200)
                .body("version", equalTo(1)).body("role", equalTo("SELF"))
                .body("sections.dimension", contains("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES"))
                .body("sections[0].dimensionName.'zh-CN'", equalTo("目标设定"))
                .body("sections[0].core", equalTo(true))
                .body("sections[1].questions[0].questionId", equalTo(core.indicators()))
                .body("sections[1].questions[0].questionVersion", equalTo(1))
                .body("sections[1].questions[0].text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?"))
                .body("sections[1].questions[0].probes[0].'zh-CN'", equalTo("能具体说说吗?"));
        as(tenant, "HR_ADMIN").get("/api/v1/guides/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedVersion", equalTo(1)).header("ETag", "\"1\"");

        // A later edit of a question is a new question version; the published guide keeps the old one.
        String question = as(tenant, "HR_ADMIN").get("/api/v1/questions/" + core.indicators()).asString()
                .replace("你对现有的绩效指标数量有什么看法?", "你怎样看待现有绩效指标的数量?");
        as(tenant, "HR_ADMIN").contentType("application/json").header("If-Match", "\"1\"").body(question)
                .put("/api/v1/questions/" + core.indicators()).then().statusCode(200).body("version", equalTo(2));
        as(tenant, "INTERVIEWER").get("/api/v1/guides/" + id + "/versions/1").then()
                .body("sections[1].questions[0].text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?"));
        as(tenant, "HR_ADMIN").header("If-Match", "\"1\"").post("/api/v1/guides/" + id + "/publish").then()
                .statusCode(201).body("version", equalTo(2))
                .body("sections[1].questions[0].questionVersion", equalTo(2))
                .body("sections[1].questions[0].text.'zh-CN'", equalTo("你怎样看待现有绩效指标的数量?"));

        String etag = as(tenant, "HR_ADMIN").get("/api/v1/guides/" + id).header("ETag");
        assertProblem(as(tenant, "HR_ADMIN").header("If-Match", etag).delete("/api/v1/guides/" + id).then(), 409,
                "invalid-transition");
        assertProblem(as(tenant, "HR_ADMIN").header("If-Match", "\"1\"")
                .delete("/api/v1/questions/" + core.goals()).then(), 409, "invalid-transition");
    }

    @Test
    void publishingNeedsEveryCoreDimensionActiveQuestionsAndTheRolesWording() {
        String tenant = unique("incomplete");
        Core core = core(tenant);
        String draft = as(tenant, "HR_ADMIN").contentType("application/json").body("""
                {"key": "%s", "dimension": "FEEDBACK", "topic": "FREQUENCY_MODE", "measure": "%s", "type": "OPEN",
                 "text": {"zh-CN": "最近一次正式反馈谈了些什么?"}, "variants": [
                 {"role": "SUPERVISOR", "text": {"zh-CN": "你最近一次给这位下属正式反馈时谈了些什么?"}}]}
                """.formatted(unique("draft"), unique("draft.m"))).post("/api/v1/questions").then().statusCode(201)
                .extract().path("id");
        String id = create(tenant, guideBody(unique("partial"), "SELF", section("GOALS", core.goals()),
                section("FEEDBACK", core.feedback(), draft))).path("id");

        assertProblem(as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/guides/" + id + "/publish")
                .then(), 422, "guide-incomplete")
                .body("errors.in", everyItem(equalTo("resource")))
                .body("errors.code", hasItem("core-dimension-missing"))
                .body("errors.find { it.code == 'not-active' }.path", equalTo("sections[1].questions[1]"))
                .body("errors.find { it.code == 'role-not-asked' }.path", equalTo("sections[1].questions[1]"))
                .body("errors.findAll { it.code == 'core-dimension-missing' }.message",
                        contains("Core dimension INCENTIVES has no active question.",
                                "Core dimension INDICATORS has no active question."));
        assertEquals(0, count("SELECT COUNT(*) FROM guide_version WHERE guide_id = ?1", id));
        as(tenant, "HR_ADMIN").get("/api/v1/guides/" + id).then().body("status", equalTo("DRAFT"))
                .header("ETag", "\"0\"");
        // A draft that a guide uses cannot be deleted from under it.
        assertProblem(as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").delete("/api/v1/questions/" + draft).then(),
                409, "conflict");
    }

    @Test
    void badGuidesAreRefusedWithTheirPathsAndNothingIsStored() {
        String tenant = unique("badguide");
        Core core = core(tenant);
        long before = count("SELECT COUNT(*) FROM guide WHERE tenant_id = ?1", tenant);
        assertBad(tenant, guideBody(unique("g"), "SELF", section("NOPE", core.goals())), "sections[0].dimension", "unknown");
        assertBad(tenant, guideBody(unique("g"), "SELF", section("GOALS", core.goals()), section("GOALS")),
                "sections[1].dimension", "duplicate");
        assertBad(tenant, guideBody(unique("g"), "SELF", section("GOALS", "no-such-question")),
                "sections[0].questions[0]", "unknown");
        assertBad(tenant, guideBody(unique("g"), "SELF", section("GOALS", core.feedback())),
                "sections[0].questions[0]", "dimension-mismatch");
        assertBad(tenant, guideBody(unique("g"), "SELF", section("GOALS", core.goals(), core.goals())),
                "sections[0].questions[1]", "duplicate");
        assertBad(tenant, guideBody(unique("g"), "MENTOR", section("GOALS", core.goals())), "role", null);
        assertBad(tenant, guideBody(unique("g"), "SELF").replace("\"estimatedMinutes\": 30",
                "\"estimatedMinutes\": 30, \"locales\": [\"fr\"]"), "locales[0]", null);
        // Another tenant's question is as unknown as a missing one.
        String foreign = activeQuestion(unique("elsewhere"), "GOALS", "GOAL_ALIGNMENT", "你的工作目标是怎样定下来的?");
        assertBad(tenant, guideBody(unique("g"), "SELF", section("GOALS", foreign)), "sections[0].questions[0]", "unknown");
        assertEquals(before, count("SELECT COUNT(*) FROM guide WHERE tenant_id = ?1", tenant));
    }

    private static void assertBad(String tenant, String body, String path, String code) {
        var response = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/guides").then(), 400, "validation").body("errors.path", hasItem(path));
        if (code != null) {
            response.body("errors.find { it.path == '" + path + "' }.code", equalTo(code));
        }
    }

    @Test
    void updatesNeedTheCurrentETagAndListsFilter() {
        String tenant = unique("guidelist");
        Core core = core(tenant);
        String self = create(tenant, guideBody(unique("a"), "SELF", core.sections())).path("id");
        String peer = create(tenant, guideBody(unique("b"), "PEER", section("GOALS", core.goals()))).path("id");
        String body = guideBody(unique("c"), "SELF", section("GOALS", core.goals()));
        assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").body(body)
                .put("/api/v1/guides/" + self).then(), 428, "precondition-required");
        assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").header("If-Match", "\"3\"").body(body)
                .put("/api/v1/guides/" + self).then(), 412, "precondition-failed");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/guides/" + self + "/publish").then()
                .statusCode(201);

        as(tenant, "MANAGER").get("/api/v1/guides?source=tenant").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", hasItem(peer));
        as(tenant, "MANAGER").get("/api/v1/guides?source=tenant&role=PEER").then()
                .body("items.id", contains(peer));
        as(tenant, "MANAGER").get("/api/v1/guides?source=tenant&status=PUBLISHED").then()
                .body("items.id", contains(self));
        assertProblem(as(tenant, "MANAGER").get("/api/v1/guides?status=ARCHIVED").then(), 400, "validation");

        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").delete("/api/v1/guides/" + peer).then().statusCode(204);
        assertEquals(0, count("SELECT COUNT(*) FROM guide_question WHERE guide_id = ?1", peer));
    }

    @Test
    void theLibraryHasPublishedDefaultGuidesThatTenantsCopy() {
        String tenant = unique("libguide");
        as(tenant, "INTERVIEWER").get("/api/v1/guides?source=library").then().statusCode(200)
                .body("items.role", hasItem("SELF")).body("items.role", hasItem("SUPERVISOR"))
                .body("items.role", hasItem("PEER")).body("items.status", everyItem(equalTo("PUBLISHED")));
        for (String role : List.of("self", "supervisor", "peer")) {
            as(tenant, "INTERVIEWER").get("/api/v1/guides/guide." + role + "/versions/1").then().statusCode(200)
                    .body("role", equalTo(role.toUpperCase()))
                    .body("sections.dimension", hasItem("INCENTIVES"))
                    .body("sections.questions.flatten().text.'zh-CN'", everyItem(org.hamcrest.Matchers.notNullValue()))
                    .body("publishedAt", startsWith("2026-11-25T00:00"));
        }
        assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"")
                .body(guideBody("mine", "SELF", section("GOALS"))).put("/api/v1/guides/guide.self").then(), 403, "forbidden");
        String copy = as(tenant, "HR_ADMIN").post("/api/v1/guides/guide.self/copy").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("copiedFrom", equalTo("guide.self"))
                .body("sections", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(4))).extract().path("id");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/guides/" + copy + "/publish").then()
                .statusCode(201).body("version", equalTo(1));
    }

    @Test
    void publishingAnswersTheWorkingCopysNewETag() {
        String tenant = unique("publish-etag");
        Core core = core(tenant);
        String id = create(tenant, guideBody(unique("etag"), "SELF", core.sections())).path("id");
        String published = as(tenant, "HR_ADMIN").header("If-Match", "\"0\"")
                .post("/api/v1/guides/" + id + "/publish").then().statusCode(201).extract().header("ETag");
        assertEquals(as(tenant, "HR_ADMIN").get("/api/v1/guides/" + id).header("ETag"), published);
        // The ETag is good for the next change without reading the guide again.
        as(tenant, "HR_ADMIN").contentType("application/json").header("If-Match", published)
                .body(guideBody(unique("etag2"), "SELF", core.sections())).put("/api/v1/guides/" + id).then()
                .statusCode(200);
    }

    @Test
    void aSecondCopyWhoseDefaultKeyIsTakenSaysHowToNameAnother() {
        String tenant = unique("copy-twice");
        as(tenant, "HR_ADMIN").post("/api/v1/guides/guide.peer/copy").then().statusCode(201)
                .body("key", equalTo("default.peer-copy"));
        assertProblem(as(tenant, "HR_ADMIN").post("/api/v1/guides/guide.peer/copy").then(), 409, "conflict")
                .body("detail", equalTo("A guide with key 'default.peer-copy' already exists: choose another key for "
                        + "the copy with ?key=."));
        as(tenant, "HR_ADMIN").queryParam("key", "default.peer-second").post("/api/v1/guides/guide.peer/copy").then()
                .statusCode(201).body("key", equalTo("default.peer-second"));
        assertEquals(2, count("SELECT COUNT(*) FROM guide WHERE tenant_id = ?1", tenant));
    }
}
