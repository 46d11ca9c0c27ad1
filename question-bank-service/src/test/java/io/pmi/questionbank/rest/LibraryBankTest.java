package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pmi.questionbank.rest.QuestionResourceTest.choiceBody;
import static io.pmi.questionbank.rest.QuestionResourceTest.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default bank as every tenant sees it through the API, from the first start. */
@QuarkusTest
class LibraryBankTest {

    @Test
    void everyTenantReadsTheActiveDefaultBank() {
        String tenant = unique("reader");
        as(tenant, "INTERVIEWER").get("/api/v1/questions?source=library&size=200").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(40))
                .body("items.status", everyItem(equalTo("ACTIVE")))
                .body("items.source", everyItem(equalTo("library")))
                .body("items.version", everyItem(equalTo(1)));
        for (String topic : List.of("STRATEGY_AWARENESS", "GOAL_ALIGNMENT", "KPI_DESIGN", "QUALITATIVE",
                "FREQUENCY_MODE", "ACCEPTANCE", "MATERIAL", "NON_MATERIAL", "SKILLS", "RESOURCES", "UPWARD",
                "CROSS_DEPARTMENT")) {
            List<String> types = as(tenant, "INTERVIEWER").queryParam("topic", topic).queryParam("source", "library")
                    .get("/api/v1/questions").then().statusCode(200).extract().path("items.type");
            assertTrue(types.contains("OPEN") && types.stream().anyMatch(t -> !t.equals("OPEN")),
                    topic + " has open questions and a scale or choice question: " + types);
        }
    }

    @Test
    void theSeedsComparableQuestionIsOneMeasureAskedOfBothSides() {
        as("any", "MANAGER").get("/api/v1/questions/q.feedback.frequency").then().statusCode(200)
                .body("measure", equalTo("feedback.frequency"))
                .body("variants.find { it.role == 'SELF' }.text.'zh-CN'", equalTo("你的上级多久和你正式沟通一次绩效?"))
                .body("variants.find { it.role == 'SUPERVISOR' }.text.'zh-CN'", equalTo("你多久和这位下属正式沟通一次绩效?"))
                .body("probes", hasSize(greaterThanOrEqualTo(1)));
        as("any", "MANAGER").get("/api/v1/questions/q.indicators.kpi-count/versions/1").then().statusCode(200)
                .body("text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?"))
                .body("probes[0].'zh-CN'", equalTo("哪些指标不合理呢?为什么你觉得不合理?"));
        ExtractableResponse<Response> measures = as("any", "MANAGER")
                .get("/api/v1/measures?source=library&size=200").then().statusCode(200).extract();
        List<Map<String, Object>> items = measures.path("items");
        assertTrue(items.size() >= 40);
        items.forEach(m -> assertTrue(((List<?>) m.get("roles")).size() >= 2, m.get("key") + " compares sources"));
        as("any", "MANAGER").get("/api/v1/measures?source=library&dimension=FEEDBACK&size=200").then()
                .body("items.find { it.key == 'feedback.frequency' }.roles", contains("SELF", "SUPERVISOR"))
                .body("items.find { it.key == 'feedback.frequency' }.options.value", hasItem("MONTHLY"));
    }

    @Test
    void everyDefaultTextPassesTheLinterThroughTheApi() {
        List<Map<String, Object>> items = as("any", "INTERVIEWER").get("/api/v1/questions?source=library&size=200")
                .then().extract().path("items");
        StringBuilder batch = new StringBuilder("{\"items\": [");
        int count = 0;
        for (Map<String, Object> q : items) {
            List<Map<String, Object>> variants = (List<Map<String, Object>>) q.get("variants");
            for (Map<String, Object> v : variants) {
                Map<String, String> text = (Map<String, String>) v.get("text");
                for (String locale : List.of("zh-CN", "en")) {
                    if (count == 200) {
                        assertClean(batch);
                        batch = new StringBuilder("{\"items\": [");
                        count = 0;
                    }
                    batch.append(count++ == 0 ? "" : ",").append("{\"text\": \"")
                            .append(text.get(locale).replace("\"", "\\\"")).append("\", \"locale\": \"").append(locale)
                            .append("\", \"type\": \"").append(q.get("type")).append("\"}");
                }
            }
        }
        assertClean(batch);
    }

    private static void assertClean(StringBuilder batch) {
        as("any", "INTERVIEWER").contentType("application/json").body(batch.append("]}").toString())
                .post("/api/v1/questions/lint/batch").then().statusCode(200)
                .body("items.findings.flatten()", hasSize(0));
    }

    @Test
    void theLibraryIsReadOnlyAndCopiesJoinItsMeasures() {
        String tenant = unique("adapter");
        assertProblem(as(tenant, "HR_ADMIN").header("If-Match", "\"0\"")
                .post("/api/v1/questions/q.feedback.frequency/retire").then(), 403, "forbidden");
        as(tenant, "HR_ADMIN").post("/api/v1/questions/q.feedback.frequency/copy").then().statusCode(201)
                .body("measure", equalTo("feedback.frequency")).body("copiedFrom", equalTo("q.feedback.frequency@1"));
        assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(choiceBody(unique("freq"), "feedback.frequency")).post("/api/v1/questions").then(), 422,
                "measure-mismatch");
        as(tenant, "INTERVIEWER").queryParam("q", "正式沟通一次绩效").queryParam("source", "library")
                .get("/api/v1/questions").then().statusCode(200).body("items.id", hasItem("q.feedback.frequency"));
        as(tenant, "INTERVIEWER").queryParam("q", "Formal Performance Conversation").queryParam("source", "library")
                .get("/api/v1/questions").then().statusCode(200).body("items.id", hasItem("q.feedback.frequency"));
    }
}
