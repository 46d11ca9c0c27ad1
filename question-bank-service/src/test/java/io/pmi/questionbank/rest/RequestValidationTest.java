package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pmi.questionbank.rest.GuideResourceTest.section;
import static io.pmi.questionbank.rest.QuestionResourceTest.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every mistake of a request body comes back in one 400, each at its JSON path, in one vocabulary. */
@QuarkusTest
class RequestValidationTest {

    private static final String TYPES = "must be one of [OPEN, SCALE, SINGLE_CHOICE, MULTI_CHOICE]";

    @Inject
    EntityManager em;

    /** "in path code message" of every error, in the order the problem lists them. */
    private static List<String> errors(JsonPath problem) {
        List<Map<String, String>> errors = problem.getList("errors");
        return errors.stream().map(e -> e.get("in") + " " + e.get("path") + " " + e.get("code") + " "
                + e.get("message")).toList();
    }

    private long questions(String tenant) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM question WHERE tenant_id = ?1")
                .setParameter(1, tenant).getSingleResult()).longValue();
    }

    @Test
    void unknownFieldsWrongTypesBrokenConstraintsAndUnknownReferencesComeInOneAnswer() {
        String tenant = unique("all-at-once");
        String body = """
                {"key": "Bad Key", "dimension": "NOWHERE", "topic": "FREQUENCY_MODE", "measure": "feedback.x",
                 "type": "ESSAY", "colour": "red",
                 "text": {"zh-CN": "%s", "fr": "Comment?"},
                 "probes": "not a list", "shade": {"deep": true}}
                """.formatted("长".repeat(501));
        JsonPath problem = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/questions").then(), 400, "validation")
                .extract().jsonPath();
        assertEquals(List.of(
                "body colour unknown-field unknown field 'colour'",
                "body dimension unknown No dimension has code 'NOWHERE'.",
                "body key pattern must match \"[a-z][a-z0-9._-]{1,99}\"",
                "body probes invalid-type expected an array",
                "body shade unknown-field unknown field 'shade'",
                "body text.fr unknown-field unknown field 'fr'",
                "body text.zh-CN size size must be between 1 and 500",
                "body type invalid-value " + TYPES), errors(problem));
        assertEquals("The request has 8 invalid inputs.", problem.getString("detail"));
        assertEquals(0, questions(tenant));
    }

    @Test
    void constraintErrorsAndUnknownReferencesComeTogetherWithoutAnyJacksonError() {
        String tenant = unique("refs-and-rules");
        String body = """
                {"key": "feedback.refs", "dimension": "FEEDBACK", "topic": "NO_SUCH_TOPIC", "measure": "feedback.refs",
                 "type": "OPEN", "text": {"zh-CN": ""}}
                """;
        JsonPath problem = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/questions").then(), 400, "validation").extract().jsonPath();
        assertEquals(List.of(
                "body text.zh-CN required must not be blank",
                "body topic unknown Dimension FEEDBACK has no topic with code 'NO_SUCH_TOPIC'."), errors(problem));
        assertEquals(0, questions(tenant));
    }

    @Test
    void aGuideNamesItsMissingTitleUnknownFieldAndUnknownReferencesAtOnce() {
        String tenant = unique("guide-at-once");
        String body = """
                {"key": "guide.at-once", "role": "SELF", "notes": "x",
                 "sections": [%s, %s]}
                """.formatted(section("NOWHERE", "q.feedback.frequency"), section("GOALS", "no.such.question"));
        JsonPath problem = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/guides").then(), 400, "validation").extract().jsonPath();
        assertEquals(List.of(
                "body notes unknown-field unknown field 'notes'",
                "body sections[0].dimension unknown No dimension has code 'NOWHERE'.",
                "body sections[1].questions[0] unknown No question has id 'no.such.question'.",
                "body title required must not be null"), errors(problem));
    }

    @Test
    void everyUnknownFieldIsNamedNotJustTheFirst() {
        String body = """
                {"text": "你觉得绩效评估公平吗?", "lang": "zh", "kind": "OPEN", "extra": [1, 2]}
                """;
        JsonPath problem = assertProblem(as(unique("unknown"), "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/questions/lint").then(), 400, "validation").extract().jsonPath();
        assertEquals(List.of("body extra unknown-field unknown field 'extra'",
                "body kind unknown-field unknown field 'kind'",
                "body lang unknown-field unknown field 'lang'"), errors(problem));
    }

    @Test
    void aWrongEnumValueReadsAlikeInAQueryAndInABody() {
        String tenant = unique("enums");
        JsonPath query = assertProblem(as(tenant, "HR_ADMIN").queryParam("type", "ESSAY").get("/api/v1/questions")
                .then(), 400, "validation").extract().jsonPath();
        JsonPath body = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("text", "Why?", "type", "ESSAY")).post("/api/v1/questions/lint").then(), 400,
                "validation").extract().jsonPath();
        assertEquals(List.of("query type invalid-value " + TYPES), errors(query));
        assertEquals(List.of("body type invalid-value " + TYPES), errors(body));
        assertEquals(query.getString("detail"), body.getString("detail"));
        JsonPath source = assertProblem(as(tenant, "HR_ADMIN").queryParam("source", "everyone")
                .get("/api/v1/guides").then(), 400, "validation").extract().jsonPath();
        assertEquals(List.of("query source invalid-value must be one of [library, tenant]"), errors(source));
        // A text limited to a closed list reads like an enum too.
        JsonPath locale = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("text", "Why?", "locale", "fr")).post("/api/v1/questions/lint").then(), 400,
                "validation").extract().jsonPath();
        assertEquals(List.of("body locale invalid-value must be one of [zh-CN, en]"), errors(locale));
        JsonPath locales = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(GuideResourceTest.guideBody("guide.locales", "SELF").replace("\"estimatedMinutes\": 30",
                        "\"estimatedMinutes\": 30, \"locales\": [\"en\", \"fr\"]")).post("/api/v1/guides").then(), 400,
                "validation").extract().jsonPath();
        assertEquals(List.of("body locales[1] invalid-value must be one of [zh-CN, en]"), errors(locales));
    }

    @Test
    void aRequiredTextStatesBothOfItsLimits() {
        String tenant = unique("limits");
        JsonPath name = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("code", "LIMITS", "name", Map.of("zh-CN", "名".repeat(201)),
                        "description", Map.of("zh-CN", "说明")))
                .post("/api/v1/dimensions/FEEDBACK/topics").then(), 400, "validation").extract().jsonPath();
        assertEquals(List.of("body name.zh-CN size size must be between 1 and 200"), errors(name));
        JsonPath lint = assertProblem(as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("text", "x".repeat(2001))).post("/api/v1/questions/lint").then(), 400, "validation")
                .extract().jsonPath();
        assertEquals(List.of("body text size size must be between 1 and 2000"), errors(lint));
    }

    @Test
    void theServicesOwnChecksWordTheirDetailLikeTheRest() {
        String body = """
                {"key": "feedback.detail", "dimension": "NOWHERE", "topic": "X", "measure": "feedback.detail",
                 "type": "OPEN", "text": {"zh-CN": "你多久收到一次反馈?"}}
                """;
        assertProblem(as(unique("detail"), "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/questions").then(), 400, "validation")
                .body("detail", org.hamcrest.Matchers.equalTo("The request has 1 invalid input."));
    }
}
