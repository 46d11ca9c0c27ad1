package io.pmi.interview;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.testsupport.CrossTenant;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.ServiceConventions;
import io.pmi.testsupport.ServiceFixtures;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Contract, security and tenancy conventions, checked against this service's own contract. The reads use a
 * participant, a campaign and an interview of tenant A made for each run (the interview conducted by the matrix's
 * INTERVIEWER, so that they read it); the cross-tenant check gets a participant, a campaign and an interview of its
 * own tenant A. The question bank is played by WireMock with one published SELF guide.
 */
@QuarkusTest
class ConventionsTest extends ServiceConventions {

    /** The sub of the security matrix's INTERVIEWER token (TestTokens.token). */
    private static final String MATRIX_INTERVIEWER = "user-interviewer";

    @InjectWireMock
    WireMockServer questionBank;

    @Override
    protected ServiceFixtures fixtures() {
        QuestionBankStubs.guides(questionBank);
        CrossTenant.Tenant acme = new CrossTenant.Tenant(TestTokens.TENANT_A,
                TestTokens.hrAdmin(TestTokens.TENANT_A));
        String participant = participant(acme, "王芳");
        String campaign = campaign(acme);
        String interview = interview(acme, campaign, participant(acme, "李强"), MATRIX_INTERVIEWER);
        String participantPath = "/api/v1/participants/" + participant;
        String interviewPath = "/api/v1/interviews/" + interview;
        return ServiceFixtures.create()
                .webhooks("interview.completed")
                .read("listConsentWithdrawals", "/api/v1/consent-withdrawals?since=2026-01-01T00:00:00Z")
                .read("getParticipant", participantPath)
                .read("getManagerChain", participantPath + "/chain")
                .read("listPerformanceRecords", participantPath + "/performance-records")
                .read("getCampaign", "/api/v1/campaigns/" + campaign)
                .read("exportCampaign", "/api/v1/campaigns/" + campaign + "/export")
                .read("listCampaignPerformanceRecords", "/api/v1/campaigns/" + campaign + "/performance-records")
                .read("listInterviewerQuality", "/api/v1/campaigns/" + campaign + "/interviewer-quality")
                .read("getPreparationPack", interviewPath + "/preparation-pack")
                .read("getInterview", interviewPath)
                .read("listInterviewQuestions", interviewPath + "/questions")
                .read("listAnswers", interviewPath + "/answers")
                .read("listEmotions", interviewPath + "/emotions")
                .read("getCompleteness", interviewPath + "/completeness")
                .read("getQuality", interviewPath + "/quality")
                .notTenantOwned("upsertParticipant", "the HRIS names participants: a PUT of an external id another "
                        + "tenant uses creates the caller's own participant under it, and shows nothing of the other's")
                .owned("/api/v1/participants/{externalId}", tenant -> participant(tenant, "王芳"))
                .listing("/api/v1/participants?size=200", "/api/v1/participants/{externalId}")
                .owned("/api/v1/campaigns/{id}", ConventionsTest::campaign)
                .body("updateCampaign", "{\"name\": \"2026 下半年绩效管理访谈(调整)\", \"period\": \"2026-H2\"}")
                .listing("/api/v1/campaigns?size=200", "/api/v1/campaigns/{id}")
                .owned("/api/v1/interviews/{id}", tenant -> interview(tenant, campaign(tenant),
                        participant(tenant, "李强"), "interviewer-li"))
                .parameter("questionKey", "goals.strategy")
                .body("completeInterview", "{\"overrideReason\": \"受访者临时有会\"}")
                .body("cancelInterview", "{\"reason\": \"受访者休假,本期取消\"}")
                .body("recordPreparation", "{\"backgroundReviewed\": true, \"departmentFunctionUnderstood\": true, "
                        + "\"pastPerformanceReviewed\": true, \"notes\": \"看过去年的考核结果\"}")
                .body("recordConsent", "{\"locale\": \"zh-CN\", \"agreed\": true}")
                .body("withdrawConsent", "{\"reason\": \"受访者撤回同意\"}")
                .body("recordAnswer", "{\"text\": \"知道今年重点是拓展华东市场,但不清楚和我的指标有什么关系。\"}")
                .body("askQuestion", "{\"text\": \"你对现在绩效指标的数量有什么看法?\", \"dimension\": \"INDICATORS\"}")
                .body("noteEmotion", "{\"emotion\": \"FRUSTRATED\", \"intensity\": 4, \"acknowledged\": true}")
                .listing("/api/v1/interviews?size=200", "/api/v1/interviews/{id}")
                .listing("/api/v1/audit-events?size=200", "/api/v1/interviews/{id}");
    }

    /** A new participant of the tenant, as the HRIS sends it; answers its external id. */
    private static String participant(CrossTenant.Tenant tenant, String name) {
        String externalId = "E-" + UUID.randomUUID().toString().substring(0, 8);
        Response put = tenant.request().contentType("application/json").body("""
                {"name": "%s", "email": "%s@example.com", "department": "华东销售部", "position": "销售经理",
                 "employmentStatus": "ACTIVE"}""".formatted(name, externalId.toLowerCase()))
                .put("/api/v1/participants/" + externalId);
        assertEquals(201, put.statusCode(), put.asString());
        return externalId;
    }

    private static String campaign(CrossTenant.Tenant tenant) {
        return tenant.create("/api/v1/campaigns", "{\"name\": \"2026 下半年绩效管理访谈 "
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"period\": \"2026-H2\"}");
    }

    /** A planned SELF interview of {@code subject} with the WireMock guide. */
    private static String interview(CrossTenant.Tenant tenant, String campaign, String subject, String interviewer) {
        return tenant.create("/api/v1/interviews", """
                {"campaignId": "%s", "subjectExternalId": "%s", "intervieweeExternalId": "%s", "sourceRole": "SELF",
                 "interviewerId": "%s", "scheduledAt": "2026-12-08T02:00:00Z", "guideId": "g-self"}"""
                .formatted(campaign, subject, subject, interviewer));
    }
}
