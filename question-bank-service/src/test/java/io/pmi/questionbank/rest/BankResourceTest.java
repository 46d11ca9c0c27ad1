package io.pmi.questionbank.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.pmi.questionbank.rest.GuideResourceTest.core;
import static io.pmi.questionbank.rest.GuideResourceTest.guideBody;
import static io.pmi.questionbank.rest.GuideResourceTest.section;
import static io.pmi.questionbank.rest.QuestionResourceTest.choiceBody;
import static io.pmi.questionbank.rest.QuestionResourceTest.unique;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BankResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private long count(String sql, String tenant) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, tenant).getSingleResult()).longValue();
    }

    /** A bank with a topic of its own, versioned questions, a library question in a guide, two published versions. */
    private static String populated() {
        String tenant = unique("bank");
        as(tenant, "HR_ADMIN").contentType("application/json").body("""
                {"code": "PROJECTS", "name": {"zh-CN": "项目协作", "en": "Project collaboration"},
                 "description": {"zh-CN": "项目制工作中与其他部门的配合情况。"}}""")
                .post("/api/v1/dimensions/COLLABORATION/topics").then().statusCode(201);
        as(tenant, "HR_ADMIN").contentType("application/json").body("""
                {"key": "collab.projects", "dimension": "COLLABORATION", "topic": "PROJECTS", "measure": "collab.projects",
                 "type": "OPEN", "text": {"zh-CN": "在项目中和其他部门配合得怎么样?"}}""")
                .post("/api/v1/questions").then().statusCode(201);
        as(tenant, "HR_ADMIN").contentType("application/json").body(choiceBody("feedback.freq", "bank.feedback.freq"))
                .post("/api/v1/questions").then().statusCode(201);
        GuideResourceTest.Core core = core(tenant);
        String guide = as(tenant, "HR_ADMIN").contentType("application/json")
                .body(guideBody("bank.self", "SELF", core.sections())).post("/api/v1/guides").then().statusCode(201)
                .extract().path("id");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/guides/" + guide + "/publish").then()
                .statusCode(201);
        String edited = as(tenant, "HR_ADMIN").get("/api/v1/questions/" + core.goals()).asString()
                .replace("你怎样理解公司今年的主要发展方向?", "你怎样看待公司今年的主要发展方向?");
        as(tenant, "HR_ADMIN").contentType("application/json").header("If-Match", "\"1\"").body(edited)
                .put("/api/v1/questions/" + core.goals()).then().statusCode(200).body("version", equalTo(2));
        as(tenant, "HR_ADMIN").header("If-Match", "\"1\"").post("/api/v1/guides/" + guide + "/publish").then()
                .statusCode(201).body("version", equalTo(2));
        as(tenant, "HR_ADMIN").queryParam("key", "bank.copy").post("/api/v1/guides/" + guide + "/copy").then()
                .statusCode(201);
        return tenant;
    }

    private static String export(String tenant) {
        return as(tenant, "HR_ADMIN").get("/api/v1/bank/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=question-bank.json").extract().asString();
    }

    @Test
    void anExportImportedIntoAnEmptyTenantExportsTheSame() throws Exception {
        String source = populated();
        String exported = export(source);
        JsonNode file = JSON.readTree(exported);
        assertEquals("pmi-question-bank/1", file.path("format").asText());
        assertEquals(1, file.path("topics").size());
        assertEquals(6, file.path("questions").size());
        assertEquals(2, file.path("guides").size());

        String target = unique("restored");
        as(target, "HR_ADMIN").contentType("application/json").body(exported).post("/api/v1/bank/import").then()
                .statusCode(200).body("topics", equalTo(1)).body("questions", equalTo(6))
                .body("questionVersions", equalTo(7)).body("guides", equalTo(2)).body("guideVersions", equalTo(2));
        assertEquals(JSON.readTree(exported), JSON.readTree(export(target)));

        String guide = as(target, "HR_ADMIN").get("/api/v1/guides?source=tenant&size=200").then()
                .extract().path("items.find { it.key == 'bank.self' }.id");
        as(target, "INTERVIEWER").get("/api/v1/guides/" + guide + "/versions/1").then().statusCode(200)
                .body("sections[0].questions[0].text.'zh-CN'", equalTo("你怎样理解公司今年的主要发展方向?"));
        as(target, "INTERVIEWER").get("/api/v1/guides/" + guide + "/versions/2").then().statusCode(200)
                .body("sections[0].questions[0].text.'zh-CN'", equalTo("你怎样看待公司今年的主要发展方向?"))
                .body("sections[0].questions[0].questionVersion", equalTo(2));
        as(target, "INTERVIEWER").queryParam("q", "看待公司").get("/api/v1/questions").then()
                .body("total", equalTo(1));
    }

    @Test
    void oneBadRowStoresNothingAndIsReportedWithItsPath() throws Exception {
        String source = populated();
        ObjectNode file = (ObjectNode) JSON.readTree(export(source));
        int row = 0;
        while (!file.path("questions").get(row).path("key").asText().equals("feedback.freq")) {
            row++;
        }
        ((ObjectNode) file.path("questions").get(row).path("versions").get(0).path("content").path("options").get(1))
                .put("value", "WEEKLY");
        String target = unique("rejected");
        assertProblem(as(target, "HR_ADMIN").contentType("application/json").body(file.toString())
                .post("/api/v1/bank/import").then(), 400, "validation")
                .body("errors.path", hasItem("questions[" + row + "].versions[0].content.options[1].value"));
        assertEquals(0, count("SELECT COUNT(*) FROM topic WHERE tenant_id = ?1", target));
        assertEquals(0, count("SELECT COUNT(*) FROM question WHERE tenant_id = ?1", target));
        assertEquals(0, count("SELECT COUNT(*) FROM measure WHERE tenant_id = ?1", target));
        assertEquals(0, count("SELECT COUNT(*) FROM guide WHERE tenant_id = ?1", target));
    }

    @Test
    void importingIntoATenantThatHasTheKeysIsRefused() {
        String source = populated();
        String exported = export(source);
        assertProblem(as(source, "HR_ADMIN").contentType("application/json").body(exported)
                .post("/api/v1/bank/import").then(), 400, "validation")
                .body("errors.code", hasItem("exists"))
                .body("errors.path", hasItem("questions[0].key"));
    }

    @Test
    void unknownReferencesAndBadShapesAreRefused() {
        String target = unique("refs");
        String file = """
                {"format": "pmi-question-bank/1", "topics": [], "questions": [],
                 "guides": [{"content": %s, "createdAt": "2026-11-25T00:00:00Z", "updatedAt": "2026-11-25T00:00:00Z",
                             "versions": []}]}
                """.formatted(guideBody("refs", "SELF", section("GOALS", "no.such.key")));
        assertProblem(as(target, "HR_ADMIN").contentType("application/json").body(file)
                .post("/api/v1/bank/import").then(), 400, "validation")
                .body("errors[0].path", equalTo("guides[0].content.sections[0].questions[0]"))
                .body("errors[0].code", equalTo("unknown"));
        assertProblem(as(target, "HR_ADMIN").contentType("application/json")
                .body("{\"format\": \"other/2\", \"topics\": [], \"questions\": [], \"guides\": []}")
                .post("/api/v1/bank/import").then(), 400, "validation").body("errors[0].path", equalTo("format"));
        assertProblem(as(target, "INTERVIEWER").get("/api/v1/bank/export").then(), 403, "forbidden");
    }

    @Test
    void aBodyOverTheImportLimitIs413() {
        String big = "{\"format\": \"pmi-question-bank/1\", \"topics\": [], \"guides\": [], \"questions\": [], \"pad\": \""
                + "x".repeat(17 * 1024 * 1024) + "\"}";
        assertProblem(as(unique("big"), "HR_ADMIN").contentType("application/json").body(big)
                .post("/api/v1/bank/import").then(), 413, "payload-too-large");
        assertProblem(as(unique("big"), "HR_ADMIN").contentType("application/json")
                .body("{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .post("/api/v1/questions/lint").then(), 413, "payload-too-large");
    }
}
