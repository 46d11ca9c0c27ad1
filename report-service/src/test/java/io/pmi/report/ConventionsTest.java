package io.pmi.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.testsupport.CrossTenant;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.ServiceConventions;
import io.pmi.testsupport.ServiceFixtures;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.UUID;

/**
 * Contract, security and tenancy conventions, checked against this service's own contract. The reads use a report
 * of tenant A whose subject is below the security matrix's MANAGER (so that they read it); interview-service and
 * the question bank are played by WireMock.
 */
@QuarkusTest
class ConventionsTest extends ServiceConventions {

    /** The sub of the security matrix's MANAGER token (TestTokens.token). */
    private static final String MATRIX_MANAGER = "user-manager";

    @InjectWireMock
    WireMockServer downstream;

    @Override
    protected ServiceFixtures fixtures() {
        InterviewStubs.dimensions(downstream);
        CrossTenant.Tenant acme = new CrossTenant.Tenant(TestTokens.TENANT_A,
                TestTokens.hrAdmin(TestTokens.TENANT_A));
        String report = report(acme);
        String campaign = summarizable();
        return ServiceFixtures.create()
                .webhooks("report.generated")
                .read("getReport", "/api/v1/reports/" + report + "?audience=MANAGER")
                .read("getCampaignSummary", "/api/v1/summaries/" + summary(acme, campaign))
                .owned("/api/v1/reports/{id}", ConventionsTest.this::report)
                .owned("/api/v1/summaries/{id}", tenant -> summary(tenant, campaign))
                .parameter("campaignId", campaign)
                .notTenantOwned("startCampaignSummary", "the campaign is interview-service's, asked with the "
                        + "caller's token: another tenant's campaign is interview-service's 404")
                .listing("/api/v1/reports?size=200", "/api/v1/reports/{id}")
                .body("generateReport", "{\"campaignId\": \"" + UUID.randomUUID() + "\", "
                        + "\"subjectExternalId\": \"E1001\"}");
    }

    /** A campaign of one subject as interview-service would export it for a summary; answers its id. */
    private String summarizable() {
        String campaign = UUID.randomUUID().toString();
        InterviewStubs.Export export = new InterviewStubs.Export(campaign, "E-" + UUID.randomUUID().toString()
                .substring(0, 8));
        export.interview("SELF", 3, "MONTHLY", "我知道今年的重点是华东市场。", "POSITIVE");
        InterviewStubs.campaign(downstream, List.of(export), 10, 10);
        return campaign;
    }

    /**
     * A summary of the campaign by the tenant's HR_ADMIN, once it is done (the checks compare reads before and
     * after, which a running job would fail); answers its id.
     */
    private static String summary(CrossTenant.Tenant tenant, String campaign) {
        String location = tenant.request().post("/api/v1/campaigns/" + campaign + "/summaries").then()
                .statusCode(202).extract().header("Location");
        long until = System.currentTimeMillis() + 30_000;
        while ("RUNNING".equals(tenant.request().get(location).then().statusCode(200).extract().path("status"))) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("summary " + location + " still running after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A report of a new subject of the tenant, below the matrix's MANAGER; answers its id. */
    private String report(CrossTenant.Tenant tenant) {
        String campaign = UUID.randomUUID().toString();
        String subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
        InterviewStubs.Export export = new InterviewStubs.Export(campaign, subject).managers(MATRIX_MANAGER);
        export.interview("SELF", 3, "MONTHLY", "我知道今年的重点是华东市场。", "POSITIVE");
        export.interview("SUPERVISOR", 3, "MONTHLY", "她清楚今年的方向。", "POSITIVE");
        export.stub(downstream);
        return tenant.create("/api/v1/reports", "{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \""
                + subject + "\"}");
    }
}
