package io.pmi.questionbank.rest;

import io.pmi.questionbank.repository.DimensionRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DimensionResourceTest {

    @Inject
    EntityManager em;

    @Inject
    DimensionRepository dimensions;

    @Test
    void listsTheSixDimensionsWithTheirTopicsInChineseByDefault() {
        as(TENANT_A, "INTERVIEWER").get("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("total", equalTo(6))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.code", contains("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES", "DIFFICULTIES",
                        "COLLABORATION"))
                .body("items.name", contains("目标设定", "考核指标", "反馈机制", "激励措施", "工作困难", "沟通协作"))
                .body("items.core", contains(true, true, true, true, false, false))
                .body("items[0].topics.code", contains("STRATEGY_AWARENESS", "GOAL_ALIGNMENT"))
                .body("items[0].topics.name", contains("公司战略认知", "个人目标与公司目标对齐"))
                .body("items[1].topics.code", contains("KPI_DESIGN", "QUALITATIVE"))
                .body("items[2].topics.code", contains("FREQUENCY_MODE", "ACCEPTANCE"))
                .body("items[3].topics.code", contains("MATERIAL", "NON_MATERIAL"))
                .body("items[4].topics.code", contains("SKILLS", "RESOURCES"))
                .body("items[5].topics.code", contains("UPWARD", "CROSS_DEPARTMENT"))
                .body("items.topics.flatten().source", everyItem(equalTo("library")));
    }

    @Test
    void rendersEnglishWhenAsked() {
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("items.name", contains("Goal setting", "Performance indicators", "Feedback", "Incentives",
                        "Work difficulties", "Communication and collaboration"))
                .body("items[1].topics.name", contains("Choice and reasonableness of KPIs",
                        "Qualitative indicators (teamwork, innovation)"));
    }

    @Test
    void followsQualityValuesAndFallsBackToChineseForOtherLanguages() {
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "fr-FR, de;q=0.8, en;q=0.5").get("/api/v1/dimensions/GOALS").then()
                .statusCode(200).header("Content-Language", "en").body("name", equalTo("Goal setting"));
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "fr-FR, de;q=0.8").get("/api/v1/dimensions/GOALS").then()
                .statusCode(200).header("Content-Language", "zh-CN").body("name", equalTo("目标设定"));
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "en;q=0, zh-TW").get("/api/v1/dimensions/GOALS").then()
                .statusCode(200).header("Content-Language", "zh-CN");
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "%%%not a language range").get("/api/v1/dimensions/GOALS").then()
                .statusCode(200).header("Content-Language", "zh-CN");
    }

    @Test
    void getsOneDimensionByCode() {
        as(TENANT_A, "INTERVIEWER").header("Accept-Language", "en").get("/api/v1/dimensions/FEEDBACK").then()
                .statusCode(200)
                .body("code", equalTo("FEEDBACK"))
                .body("name", equalTo("Feedback"))
                .body("core", equalTo(true))
                .body("position", equalTo(3))
                .body("topics", hasSize(2))
                .body("topics[0].code", equalTo("FREQUENCY_MODE"))
                .body("topics[0].name", equalTo("Frequency and mode of feedback"));
    }

    @Test
    void anUnknownDimensionIsAProblem() {
        assertProblem(as(TENANT_A, "INTERVIEWER").get("/api/v1/dimensions/NO_SUCH").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/dimensions/NO_SUCH"))
                .body("detail", equalTo("Dimension 'NO_SUCH' does not exist."));
    }

    @Test
    void aMalformedCodeIsAValidationProblem() {
        assertProblem(as(TENANT_A, "INTERVIEWER").get("/api/v1/dimensions/goals;drop").then(), 400, "validation")
                .body("errors[0].in", equalTo("path"))
                .body("errors[0].path", equalTo("code"))
                .body("errors[0].code", equalTo("pattern"));
    }

    @Test
    void pagesThroughTheDimensions() {
        as(TENANT_A, "INTERVIEWER").queryParam("page", 1).queryParam("size", 4).get("/api/v1/dimensions").then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("page", equalTo(1))
                .body("size", equalTo(4))
                .body("items.code", contains("DIFFICULTIES", "COLLABORATION"));
        as(TENANT_A, "INTERVIEWER").queryParam("page", 5).get("/api/v1/dimensions").then()
                .statusCode(200).body("total", equalTo(6)).body("items", hasSize(0));
    }

    @Test
    void rejectsPageSizesOutOfRangeInsteadOfClamping() {
        assertProblem(as(TENANT_A, "INTERVIEWER").queryParam("size", 201).get("/api/v1/dimensions").then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].path", equalTo("size"))
                .body("errors[0].code", equalTo("range"));
        assertProblem(as(TENANT_A, "INTERVIEWER").queryParam("size", 0).queryParam("page", -1).get("/api/v1/dimensions").then(),
                400, "validation")
                .body("errors.path", contains("page", "size"));
    }

    @Test
    void rejectsNonNumericPagingParameters() {
        assertProblem(as(TENANT_A, "INTERVIEWER").queryParam("size", "many").get("/api/v1/dimensions").then(), 400, "validation")
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].path", equalTo("size"))
                .body("errors[0].code", equalTo("invalid-type"));
    }

    @Test
    void theSeededTaxonomyIsStoredUnderTheLibraryTenant() {
        List<?> rows = em.createNativeQuery(
                "SELECT d.code, COUNT(t.id) FROM dimension d JOIN topic t ON t.dimension_id = d.id "
                        + "WHERE d.tenant_id = '_library' AND t.tenant_id = '_library' GROUP BY d.code").getResultList();
        assertEquals(6, rows.size());
        rows.forEach(row -> assertEquals(2L, ((Number) ((Object[]) row)[1]).longValue()));
    }

    @Test
    void outsideARequestTheTenantFilterShowsNothing() {
        assertEquals(0, dimensions.count(), "no request, no tenant: nothing tenant-owned is visible");
    }
}
