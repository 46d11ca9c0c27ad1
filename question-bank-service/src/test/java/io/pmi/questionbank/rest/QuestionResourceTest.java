package io.pmi.questionbank.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.TENANT_B;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class QuestionResourceTest {

    @Inject
    EntityManager em;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A choice question asked of the employee and the supervisor, on measure {@code measure}. */
    static String choiceBody(String key, String measure) {
        return """
                {"key": "%s", "dimension": "FEEDBACK", "topic": "FREQUENCY_MODE", "measure": "%s",
                 "type": "SINGLE_CHOICE",
                 "text": {"zh-CN": "你的上级多久和你正式沟通一次绩效?", "en": "How often does your supervisor discuss your performance with you formally?"},
                 "variants": [
                   {"role": "SELF", "text": {"zh-CN": "你的上级多久和你正式沟通一次绩效?", "en": "How often does your supervisor discuss your performance with you formally?"}},
                   {"role": "SUPERVISOR", "text": {"zh-CN": "你多久和这位下属正式沟通一次绩效?", "en": "How often do you discuss performance formally with this team member?"}}],
                 "options": [
                   {"value": "WEEKLY", "label": {"zh-CN": "每周", "en": "Weekly"}},
                   {"value": "MONTHLY", "label": {"zh-CN": "每月", "en": "Monthly"}},
                   {"value": "RARELY", "label": {"zh-CN": "很少", "en": "Rarely"}}],
                 "probes": [{"zh-CN": "最近一次正式沟通谈了些什么?", "en": "What did the last formal conversation cover?"}],
                 "intent": {"zh-CN": "了解正式反馈的频率。", "en": "How often formal feedback happens."}}
                """.formatted(key, measure);
    }

    static String openBody(String key, String zh) {
        return """
                {"key": "%s", "dimension": "INDICATORS", "topic": "KPI_DESIGN", "measure": "%s",
                 "type": "OPEN", "text": {"zh-CN": "%s"},
                 "probes": [{"zh-CN": "哪些指标不合理呢?为什么你觉得不合理?"}]}
                """.formatted(key, key, zh);
    }

    static ExtractableResponse<Response> create(String tenant, String body) {
        return as(tenant, "HR_ADMIN").contentType("application/json").body(body).post("/api/v1/questions")
                .then().statusCode(201).extract();
    }

    private long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void aQuestionIsCreatedAsDraftWithItsVariantsOptionsAndMeasure() {
        String key = unique("feedback.freq");
        ExtractableResponse<Response> created = create(TENANT_A, choiceBody(key, key));
        String id = created.path("id");
        assertEquals("/api/v1/questions/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals("DRAFT", created.path("status"));
        assertEquals(1, (int) created.path("version"));
        assertEquals("tenant", created.path("source"));
        assertEquals(List.of("SELF", "SUPERVISOR"), created.path("roles"));
        assertEquals(List.of(), created.path("findings"));

        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("variants[1].text.'zh-CN'", equalTo("你多久和这位下属正式沟通一次绩效?"))
                .body("options.value", contains("WEEKLY", "MONTHLY", "RARELY"))
                .body("probes[0].en", equalTo("What did the last formal conversation cover?"))
                .body("findings", nullValue());

        assertEquals(TENANT_A, em.createNativeQuery("SELECT tenant_id FROM question WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertEquals(1, count("SELECT COUNT(*) FROM question_version WHERE question_id = ?1", id));
        assertEquals(2, count("SELECT COUNT(*) FROM question_role WHERE question_id = ?1", id));
        assertEquals(1, count("SELECT COUNT(*) FROM measure WHERE measure_key = ?1 AND tenant_id = ?2", key, TENANT_A));
        as(TENANT_A, "MANAGER").queryParam("source", "tenant").queryParam("size", 200).get("/api/v1/measures")
                .then().statusCode(200)
                .body("items.find { it.key == '" + key + "' }.roles", contains("SELF", "SUPERVISOR"))
                .body("items.find { it.key == '" + key + "' }.options.value", contains("WEEKLY", "MONTHLY", "RARELY"));
    }

    @Test
    void roleRowsCarryTheirQuestionsTenantAndTheRoleIndexLeadsWithIt() {
        String id = create(TENANT_B, choiceBody(unique("role.rows"), unique("role.rows"))).path("id");
        assertEquals(List.of(TENANT_B, TENANT_B), em.createNativeQuery("SELECT tenant_id FROM question_role "
                + "WHERE question_id = ?1").setParameter(1, id).getResultList());
        assertEquals(0, count("SELECT COUNT(*) FROM question_role r JOIN question q ON q.id = r.question_id "
                + "WHERE r.tenant_id <> q.tenant_id"));
        assertEquals(List.of("tenant_id", "role", "question_id"), em.createNativeQuery("SELECT column_name FROM "
                + "information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'question_role' "
                + "AND index_name = 'ix_question_role_tenant_role' ORDER BY seq_in_index").getResultList());
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                + "AND table_name = 'question_role' AND index_name = 'ix_question_role_role'"));
    }

    @Test
    void aDraftMayHoldLintErrorsButCannotBeActivatedWithThem() {
        String key = unique("kpi.count");
        ExtractableResponse<Response> created = create(TENANT_A,
                openBody(key, "你是不是也觉得咱们现在的绩效指标太多了,对吧?"));
        String id = created.path("id");
        assertEquals("LEADING", created.path("findings[0].code"));
        assertEquals("text.zh-CN", created.path("findings[0].field"));
        assertEquals("你对现有的绩效指标数量有什么看法?", created.path("findings[0].suggestion"));

        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"")
                .post("/api/v1/questions/" + id + "/activate").then(), 422, "lint-errors")
                .body("findings[0].code", equalTo("LEADING"))
                .body("findings[0].severity", equalTo("ERROR"));
        assertEquals("DRAFT", em.createNativeQuery("SELECT status FROM question WHERE id = ?1")
                .setParameter(1, id).getSingleResult());

        String fixed = openBody(key, "你对现有的绩效指标数量有什么看法?");
        String etag = as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"")
                .body(fixed).put("/api/v1/questions/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("findings", empty()).extract().header("ETag");
        as(TENANT_A, "HR_ADMIN").header("If-Match", etag).post("/api/v1/questions/" + id + "/activate").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        assertEquals(1, count("SELECT COUNT(*) FROM question_version WHERE question_id = ?1", id));
    }

    @Test
    void editingAnActiveQuestionMakesANewVersionAndKeepsTheOldOne() {
        String key = unique("kpi.view");
        String id = create(TENANT_A, openBody(key, "你对现有的绩效指标数量有什么看法?")).path("id");
        String etag = as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/questions/" + id + "/activate")
                .then().statusCode(200).extract().header("ETag");

        String changed = openBody(key, "你怎样看待现有绩效指标的数量?");
        String etag2 = as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", etag)
                .body(changed).put("/api/v1/questions/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("ACTIVE")).extract().header("ETag");

        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id + "/versions/1").then().statusCode(200)
                .body("text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?")).body("version", equalTo(1));
        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id + "/versions/2").then().statusCode(200)
                .body("text.'zh-CN'", equalTo("你怎样看待现有绩效指标的数量?"));
        assertProblem(as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id + "/versions/3").then(), 404,
                "not-found");

        // An active question refuses an error; nothing changes.
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", etag2)
                .body(openBody(key, "你觉得绩效评估公平吗?")).put("/api/v1/questions/" + id).then(), 422, "lint-errors")
                .body("findings[0].code", equalTo("CLOSED"))
                .body("findings[0].suggestion", equalTo("你对目前的绩效评估有哪些看法?"));
        assertEquals(2, count("SELECT COUNT(*) FROM question_version WHERE question_id = ?1", id));

        // The same content again is not a change.
        as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", etag2).body(changed)
                .put("/api/v1/questions/" + id).then().statusCode(200).header("ETag", etag2).body("version", equalTo(2));
    }

    @Test
    void everyChangeIsSeenByTheNextRead() {
        String key = unique("fresh");
        String id = create(TENANT_A, openBody(key, "你对现有的绩效指标数量有什么看法?")).path("id");
        String etag = as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().statusCode(200)
                .body("text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?")).extract().header("ETag");
        // the same read again (answered from the read cache) shows the same thing
        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().statusCode(200).header("ETag", etag)
                .body("text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?"));

        // a DRAFT is edited in place: same version number, new content
        String edited = as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", etag)
                .body(openBody(key, "你怎样看待现有绩效指标的数量?")).put("/api/v1/questions/" + id).then()
                .statusCode(200).extract().header("ETag");
        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().statusCode(200).header("ETag", edited)
                .body("version", equalTo(1)).body("text.'zh-CN'", equalTo("你怎样看待现有绩效指标的数量?"));

        String active = as(TENANT_A, "HR_ADMIN").header("If-Match", edited).post("/api/v1/questions/" + id + "/activate")
                .then().statusCode(200).extract().header("ETag");
        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().header("ETag", active)
                .body("status", equalTo("ACTIVE"));
        // written behind the service's back (another instance, an operator): still seen at once
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE question SET status = 'RETIRED', revision = revision + 1"
                + " WHERE id = ?1").setParameter(1, id).executeUpdate());
        as(TENANT_A, "INTERVIEWER").get("/api/v1/questions/" + id).then().body("status", equalTo("RETIRED"));
        // another tenant never gets the copy the first tenant's reads left in memory
        assertProblem(as(TENANT_B, "INTERVIEWER").get("/api/v1/questions/" + id).then(), 404, "not-found");
    }

    @Test
    void aGetPutRoundTripWorks() {
        String id = create(TENANT_A, choiceBody(unique("rt"), unique("rt.m"))).path("id");
        ExtractableResponse<Response> read = as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).then()
                .statusCode(200).extract();
        as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", read.header("ETag"))
                .body(read.asString()).put("/api/v1/questions/" + id).then().statusCode(200)
                .header("ETag", read.header("ETag"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String key = unique("etag");
        String id = create(TENANT_A, openBody(key, "你对现有的绩效指标数量有什么看法?")).path("id");
        String body = openBody(key, "你怎样看待现有绩效指标的数量?");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(body)
                .put("/api/v1/questions/" + id).then(), 428, "precondition-required");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"7\"").body(body)
                .put("/api/v1/questions/" + id).then(), 412, "precondition-failed");
        assertProblem(as(TENANT_A, "HR_ADMIN").post("/api/v1/questions/" + id + "/retire").then(), 428,
                "precondition-required");
        as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).then()
                .body("text.'zh-CN'", equalTo("你对现有的绩效指标数量有什么看法?")).body("status", equalTo("DRAFT"));
    }

    @Test
    void questionsSharingAMeasureMustAnswerAlike() {
        String measure = unique("shared.m");
        create(TENANT_A, choiceBody(unique("first"), measure));
        String other = choiceBody(unique("second"), measure).replace("\"RARELY\"", "\"NEVER_ASKED\"");
        long before = count("SELECT COUNT(*) FROM question WHERE measure_key = ?1", measure);
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(other)
                .post("/api/v1/questions").then(), 422, "measure-mismatch")
                .body("errors[0].path", equalTo("measure"));
        assertEquals(before, count("SELECT COUNT(*) FROM question WHERE measure_key = ?1", measure));
        // The same options under another wording join the measure.
        create(TENANT_A, choiceBody(unique("third"), measure));
        assertEquals(before + 1, count("SELECT COUNT(*) FROM question WHERE measure_key = ?1", measure));
        assertEquals(1, count("SELECT COUNT(*) FROM measure WHERE measure_key = ?1", measure));
    }

    @Test
    void badContentIsRefusedWithItsPathAndNothingIsStored() {
        long before = count("SELECT COUNT(*) FROM question");
        String good = choiceBody(unique("bad"), unique("bad.m"));
        assertBad(good.replace("\"FREQUENCY_MODE\"", "\"NO_SUCH_TOPIC\""), "topic", "unknown");
        assertBad(good.replace("\"FEEDBACK\"", "\"NO_SUCH\""), "dimension", "unknown");
        assertBad(good.replace("\"topic\": \"FREQUENCY_MODE\"", "\"topic\": \"KPI_DESIGN\""), "topic", "unknown");
        assertBad(good.replace("\"MONTHLY\"", "\"WEEKLY\""), "options[1].value", "duplicate");
        assertBad(good.replaceAll("\"options\": \\[[^]]*]", "\"options\": []"), "options", "required");
        assertBad(good.replace("\"SUPERVISOR\"", "\"SELF\""), "variants[1].role", "duplicate");
        assertBad(good.replace("\"SINGLE_CHOICE\"", "\"OPEN\""), "options", "not-allowed");
        assertBad(good.replace("\"SINGLE_CHOICE\"", "\"RANKING\""), "type", null);
        assertBad(good.replace("\"zh-CN\": \"每周\"", "\"fr\": \"Hebdomadaire\", \"zh-CN\": \"每周\""),
                "options[0].label.fr", "unknown-field");
        assertBad(good.replace("你的上级多久和你正式沟通一次绩效?\", \"en\": \"How often does your supervisor discuss your "
                + "performance with you formally?\"},\n \"variants\"", "\"},\n \"variants\""), "text.zh-CN", null);
        assertBad(good.replaceFirst("你的上级多久和你正式沟通一次绩效?", "长".repeat(10_000)), "text.zh-CN", null);
        String scale = openBody(unique("scale"), "请用 1 到 5 分评价现有指标的清晰程度。").replace("\"OPEN\"", "\"SCALE\"");
        assertBad(scale, "scale", "required");
        assertBad(scale.replace("\"probes\"", "\"scale\": {\"min\": 1, \"max\": 5, \"anchors\": []}, \"probes\""),
                "scale.anchors", null);
        assertBad(scale.replace("\"probes\"", "\"scale\": {\"anchors\": [{\"value\": 1, \"label\": {\"zh-CN\": \"很不清晰\"}},"
                + " {\"value\": 4, \"label\": {\"zh-CN\": \"清晰\"}}]}, \"probes\""), "scale.anchors", "ends-required");
        assertEquals(before, count("SELECT COUNT(*) FROM question"));
    }

    private static void assertBad(String body, String path, String code) {
        var response = assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body(body)
                .post("/api/v1/questions").then(), 400, "validation").body("errors.path", hasItem(path));
        if (code != null) {
            response.body("errors.find { it.path == '" + path + "' }.code", equalTo(code));
        }
    }

    @Test
    void statusChangesOnlyThroughTransitions() {
        String key = unique("life");
        String id = create(TENANT_A, openBody(key, "你对现有的绩效指标数量有什么看法?")).path("id");
        // status is read-only in bodies: sent back changed, it is ignored.
        String draft = as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).asString()
                .replace("\"DRAFT\"", "\"ACTIVE\"");
        as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", "\"0\"").body(draft)
                .put("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        String etag = as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/questions/" + id + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).extract().header("ETag");
        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", etag).post("/api/v1/questions/" + id + "/retire")
                .then(), 409, "invalid-transition");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").header("If-Match", etag)
                .body(openBody(key, "你怎样看待现有绩效指标的数量?")).put("/api/v1/questions/" + id).then(), 409,
                "invalid-transition");
        as(TENANT_A, "HR_ADMIN").header("If-Match", etag).post("/api/v1/questions/" + id + "/activate").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        assertProblem(as(TENANT_A, "HR_ADMIN").header("If-Match", "\"2\"")
                .delete("/api/v1/questions/" + id).then(), 409, "invalid-transition");
    }

    @Test
    void aDraftCanBeDeletedWithItsVersionsRolesTermsAndUnusedMeasure() {
        String key = unique("gone");
        String id = create(TENANT_A, choiceBody(key, key)).path("id");
        as(TENANT_A, "HR_ADMIN").header("If-Match", "\"0\"").delete("/api/v1/questions/" + id).then().statusCode(204);
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).then(), 404, "not-found");
        assertEquals(0, count("SELECT COUNT(*) FROM question_version WHERE question_id = ?1", id));
        assertEquals(0, count("SELECT COUNT(*) FROM question_term WHERE question_id = ?1", id));
        assertEquals(0, count("SELECT COUNT(*) FROM measure WHERE measure_key = ?1", key));
    }

    @Test
    void theListFiltersPagesAndSearchesChineseAndEnglish() {
        String tenant = unique("list");
        String choice = create(tenant, choiceBody(unique("list.freq"), unique("list.m"))).path("id");
        String open = create(tenant, openBody(unique("list.kpi"), "你对现有的绩效指标数量有什么看法?")).path("id");
        as(tenant, "HR_ADMIN").header("If-Match", "\"0\"").post("/api/v1/questions/" + open + "/activate").then()
                .statusCode(200);

        assertIds(tenant, "source=tenant", choice, open);
        assertIds(tenant, "source=tenant&dimension=FEEDBACK", choice);
        assertIds(tenant, "source=tenant&topic=KPI_DESIGN", open);
        assertIds(tenant, "source=tenant&type=SINGLE_CHOICE", choice);
        assertIds(tenant, "source=tenant&status=ACTIVE", open);
        // Without variants a question is asked of every role in its generic wording.
        assertIds(tenant, "source=tenant&role=SUPERVISOR", choice, open);
        assertIds(tenant, "source=tenant&role=PEER", open);
        assertIds(tenant, "source=tenant&q=指标数量", open);
        assertIds(tenant, "source=tenant&q=正式沟通", choice);
        assertIds(tenant, "source=tenant&q=FORMALLY", choice);
        assertIds(tenant, "source=tenant&q=量", open);
        assertIds(tenant, "source=tenant&q=沟通 绩效");
        assertIds(tenant, "source=tenant&q=formally with", choice);
        assertIds(tenant, "source=tenant&q=增长50%");
        // option labels and the intent note are searched too
        assertIds(tenant, "source=tenant&q=很少", choice);
        assertIds(tenant, "source=tenant&q=rarely", choice);
        assertIds(tenant, "source=tenant&q=反馈的频率", choice);
        assertIds(tenant, "source=tenant&q=formal feedback happens", choice);
        // more bigrams than the candidate search joins: the whole phrase still has to match
        assertIds(tenant, "source=tenant&q=How often does your supervisor discuss your performance", choice);
        assertIds(tenant, "source=tenant&q=How often does your supervisor discuss your salary");
        assertIds(tenant, "dimension=NO_SUCH_DIMENSION");
        as(tenant, "HR_ADMIN").get("/api/v1/questions?source=tenant&size=1&page=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1));
        assertMergedInKeyOrder(tenant);
        as(unique("other"), "HR_ADMIN").get("/api/v1/questions?source=tenant").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        as(tenant, "HR_ADMIN").get("/api/v1/questions?source=library&q=正式沟通").then().statusCode(200)
                .body("items.source", not(hasItem("tenant")));

        assertProblem(as(tenant, "HR_ADMIN").get("/api/v1/questions?size=201").then(), 400, "validation");
        assertProblem(as(tenant, "HR_ADMIN").get("/api/v1/questions?type=RANKING").then(), 400, "validation")
                .body("errors[0].path", equalTo("type"));
        assertProblem(as(tenant, "HR_ADMIN").queryParam("q", "?？").get("/api/v1/questions").then(), 400, "validation")
                .body("errors[0].path", equalTo("q"));
        assertProblem(as(tenant, "HR_ADMIN").get("/api/v1/questions?source=mine").then(), 400, "validation");
    }

    /** Pages of library and tenant questions together, walked to the end, are one list in key order. */
    private static void assertMergedInKeyOrder(String tenant) {
        List<String> all = as(tenant, "INTERVIEWER").get("/api/v1/questions?size=200").then().statusCode(200)
                .body("total", equalTo(51)).extract().path("items.key");
        List<String> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        assertEquals(sorted, all);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            paged.addAll(as(tenant, "INTERVIEWER").get("/api/v1/questions?size=10&page=" + page).then()
                    .statusCode(200).extract().<List<String>>path("items.key"));
        }
        assertEquals(all, paged);
    }

    private static void assertIds(String tenant, String query, String... ids) {
        var request = as(tenant, "INTERVIEWER");
        for (String param : query.split("&")) {
            String[] pair = param.split("=", 2);
            request.queryParam(pair[0], pair[1]);
        }
        request.get("/api/v1/questions").then().statusCode(200)
                .body("items.id", ids.length == 0 ? empty() : containsInAnyOrder((Object[]) ids))
                .body("total", equalTo(ids.length));
    }

    @Test
    void aCopyIsADraftOfTheCallerWithTheSameMeasure() {
        String tenant = unique("copy");
        String key = unique("orig");
        String id = create(tenant, choiceBody(key, unique("copy.m"))).path("id");
        ExtractableResponse<Response> copy = as(tenant, "HR_ADMIN").post("/api/v1/questions/" + id + "/copy").then()
                .statusCode(201).body("key", equalTo(key + "-copy")).body("status", equalTo("DRAFT"))
                .body("copiedFrom", equalTo(id + "@1")).body("options", hasSize(3)).extract();
        assertEquals(false, id.equals(copy.path("id")));
        assertProblem(as(tenant, "HR_ADMIN").post("/api/v1/questions/" + id + "/copy").then(), 409, "conflict")
                .body("detail", equalTo("A question with key '" + key + "-copy' already exists: choose another key "
                        + "for the copy with ?key=."));
        as(tenant, "HR_ADMIN").queryParam("key", unique("named")).post("/api/v1/questions/" + id + "/copy").then()
                .statusCode(201).body("measure", notNullValue());
    }

    @Test
    void rolesAreEnforcedOnWrites() {
        String body = choiceBody(unique("role"), unique("role.m"));
        assertProblem(as(TENANT_A, "INTERVIEWER").contentType("application/json").body(body)
                .post("/api/v1/questions").then(), 403, "forbidden");
        assertProblem(as(TENANT_A, "INTEGRATION").get("/api/v1/questions").then(), 403, "forbidden");
    }
}
