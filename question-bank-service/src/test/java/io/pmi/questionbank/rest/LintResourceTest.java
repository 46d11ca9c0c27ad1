package io.pmi.questionbank.rest;

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
import static org.hamcrest.Matchers.hasSize;
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

    @Test
    void theSeedsClosedQuestionIsClosedWithTheSeedsRewrite() {
        JsonPath result = lint(Map.of("text", "你觉得绩效评估公平吗?"), "en");
        assertEquals(List.of("CLOSED"), result.getList("findings.code"));
        assertEquals("ERROR", result.getString("findings[0].severity"));
        assertEquals("你对目前的绩效评估有哪些看法?", result.getString("findings[0].suggestion"));
        assertEquals("Closed question: it can only be answered yes or no. Ask an open question that gives room to explain.",
                result.getString("findings[0].message"));
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
        assertEquals(List.of("LOADED"), result.getList("findings.code"));
        assertEquals("WARNING", result.getString("findings[0].severity"));
        assertEquals("never", text.substring(result.getInt("findings[0].start"), result.getInt("findings[0].end")));
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
                .body("results", hasSize(2))
                .body("results[0].findings.code", contains("CLOSED"))
                .body("results[1].findings", empty());
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
}
