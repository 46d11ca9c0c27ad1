package io.pmi.questionbank.rest;

import io.pmi.testsupport.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LintResourceTest {

    private static JsonPath lint(Map<String, Object> body, String language) {
        return as(TENANT_A, "INTERVIEWER").contentType("application/json").header("Accept-Language", language)
                .body(body).post("/api/v1/questions/lint").then().statusCode(200)
                .header("Content-Language", language).extract().jsonPath();
    }

    @Test
    void theSeedsLeadingQuestionIsLeadingOnlyWithTheSeedsRewrite() {
        String text = "你是不是也觉得咱们现在的绩效指标太多了,对吧?";
        JsonPath result = lint(Map.of("text", text), "zh-CN");
        assertEquals("zh-CN", result.getString("locale"));
        assertEquals(List.of("LEADING"), result.getList("findings.code"));
        assertEquals("ERROR", result.getString("findings[0].severity"));
        assertEquals("你对现有的绩效指标数量有什么看法?", result.getString("findings[0].suggestion"));
        int start = result.getInt("findings[0].start");
        int end = result.getInt("findings[0].end");
        assertEquals(true, start >= 0 && end <= text.length() && start < end);
    }

    /** Issue 15, item 4: what the linter found is counted by code at /q/metrics. */
    @Test
    void findingsAreCountedByCode() {
        double leading = Metrics.counter("pmi_lint_findings_total", "code=\"LEADING\"");
        double closed = Metrics.counter("pmi_lint_findings_total", "code=\"CLOSED\"");
        lint(Map.of("text", "你是不是也觉得咱们现在的绩效指标太多了,对吧?"), "zh-CN");
        assertEquals(leading + 1, Metrics.counter("pmi_lint_findings_total", "code=\"LEADING\""));
        assertEquals(closed, Metrics.counter("pmi_lint_findings_total", "code=\"CLOSED\""));
    }

    @Test
    void theSeedsClosedQuestionIsClosedWithTheSeedsRewrite() {
        JsonPath result = lint(Map.of("text", "你觉得绩效评估公平吗?"), "en");
        assertEquals(List.of("CLOSED"), result.getList("findings.code"));
        assertEquals("ERROR", result.getString("findings[0].severity"));
        assertEquals("你对目前的绩效评估有哪些看法?", result.getString("findings[0].suggestion"));
        assertEquals(CLOSED_EN, result.getString("findings[0].message"));
    }

    @Test
    void theSeedsNeutralRewritesAndProbeChainPass() {
        for (String text : List.of("你对现有的绩效指标数量有什么看法?", "你对目前的绩效评估有哪些看法?",
                "哪些指标不合理呢?为什么你觉得不合理?", "Which indicators seem unreasonable to you, and why?")) {
            assertEquals(List.of(), lint(Map.of("text", text), "zh-CN").getList("findings"), text);
        }
    }

    @Test
    void aScaleQuestionIsClosedByDesign() {
        String text = "Are you satisfied with the feedback you receive?";
        assertEquals(List.of("CLOSED"), lint(Map.of("text", text), "en").getList("findings.code"));
        assertEquals(List.of(), lint(Map.of("text", text, "type", "SCALE"), "en").getList("findings"));
    }

    @Test
    void englishIsDetectedAndSpansAreUtf16Offsets() {
        String text = "\uD83D\uDE42 Your manager never gives feedback: what do you do then?";
        JsonPath result = lint(Map.of("text", text), "en");
        assertEquals("en", result.getString("locale"));
        // a judgement taken as the premise of a question about coping with it: LEADING, and its absolute LOADED
        assertEquals(List.of("LEADING", "LOADED"), result.getList("findings.code"));
        assertEquals("Your manager never gives feedback", text.substring(result.getInt("findings[0].start"),
                result.getInt("findings[0].end")));
        assertEquals("WARNING", result.getString("findings[1].severity"));
        assertEquals("never", text.substring(result.getInt("findings[1].start"), result.getInt("findings[1].end")));
    }

    @Test
    void aDoubleBarreledQuestionIsAWarning() {
        JsonPath result = lint(Map.of("text", "你的上级多久和你沟通一次,沟通效果怎么样?"), "zh-CN");
        assertEquals(List.of("DOUBLE_BARRELED"), result.getList("findings.code"));
        assertEquals("WARNING", result.getString("findings[0].severity"));
    }

    @Test
    void lintsABatchInOrder() {
        as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(Map.of("items", List.of(Map.of("text", "Is your KPI reasonable?"),
                        Map.of("text", "What would help you reach your targets?"))))
                .post("/api/v1/questions/lint/batch").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].findings.code", contains("CLOSED"))
                .body("items[1].findings", empty())
                .body("$", not(hasKey("results")));
    }

    @Test
    void boundsAreEnforced() {
        List<Map<String, String>> tooMany = java.util.Collections.nCopies(201, Map.of("text", "Why?"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(Map.of("items", tooMany))
                .post("/api/v1/questions/lint/batch").then(), 400, "validation")
                .body("errors[0].path", equalTo("items"))
                .body("errors[0].code", equalTo("size"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(Map.of("text", " ", "locale", "fr")).post("/api/v1/questions/lint").then(), 400, "validation")
                .body("errors.path", contains("locale", "text"));
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json")
                .body(Map.of("text", "x", "type", "ESSAY")).post("/api/v1/questions/lint").then(), 400, "validation")
                .body("errors[0].message", startsWith("must be one of [OPEN, SCALE"));
    }

    /** What a CLOSED finding means, then why this one was given, quoting its span. */
    private static final String CLOSED_EN = "Closed question: it can only be answered yes or no. Ask an open question "
            + "that gives room to explain. “吗?” makes it a yes/no question.";
    private static final String CLOSED_ZH = "封闭式提问:只能回答“是”或“否”。请改为开放式问题,让被访者有更多发挥空间。"
            + "「吗?」让问题只能用“是”或“否”回答。";

    /** Every answer that carries lint messages writes them in the language of Accept-Language, zh-CN by default. */
    @Test
    void lintMessagesFollowAcceptLanguageOnEveryPath() {
        String tenant = "lint-language-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> closed = Map.of("text", "你觉得绩效评估公平吗?");
        for (String language : new String[] {"en", null}) {
            String expected = language == null ? CLOSED_ZH : CLOSED_EN;
            var batch = as(tenant, "HR_ADMIN").contentType("application/json");
            if (language != null) {
                batch.header("Accept-Language", language);
            }
            batch.body(Map.of("items", List.of(closed))).post("/api/v1/questions/lint/batch").then().statusCode(200)
                    .header("Content-Language", language == null ? "zh-CN" : language)
                    .body("items[0].findings[0].message", equalTo(expected));

            String key = "lint.language." + (language == null ? "zh" : language) + "-" + tenant;
            String question = """
                    {"key": "%s", "dimension": "INDICATORS", "topic": "KPI_DESIGN", "measure": "%s", "type": "OPEN",
                     "text": {"zh-CN": "你觉得绩效评估公平吗?"}}
                    """.formatted(key, key);
            var create = as(tenant, "HR_ADMIN").contentType("application/json");
            if (language != null) {
                create.header("Accept-Language", language);
            }
            String id = create.body(question).post("/api/v1/questions").then().statusCode(201)
                    .body("findings[0].message", equalTo(expected)).extract().path("id");

            var activate = as(tenant, "HR_ADMIN").header("If-Match", "\"0\"");
            if (language != null) {
                activate.header("Accept-Language", language);
            }
            assertProblem(activate.post("/api/v1/questions/" + id + "/activate").then(), 422, "lint-errors")
                    .body("findings[0].field", equalTo("text.zh-CN"))
                    .body("findings[0].message", equalTo(expected));

            String file = """
                    {"format": "pmi-question-bank/1", "topics": [], "guides": [], "questions": [
                     {"key": "%s", "status": "ACTIVE", "createdAt": "2026-11-25T08:30:00Z",
                      "updatedAt": "2026-11-25T08:30:00Z",
                      "versions": [{"version": 1, "createdAt": "2026-11-25T08:30:00Z", "createdBy": "hr-001",
                                    "content": %s}]}]}
                    """.formatted(key + ".imported", question.replace(key, key + ".imported"));
            var importing = as(tenant + "-import", "HR_ADMIN").contentType("application/json");
            if (language != null) {
                importing.header("Accept-Language", language);
            }
            assertProblem(importing.body(file).post("/api/v1/bank/import").then(), 400, "validation")
                    .body("errors.path", contains("questions[0].versions[0].content.text.zh-CN"))
                    .body("errors.code", contains("lint-error"))
                    .body("errors.message", contains("CLOSED: " + expected));
        }
    }
}
