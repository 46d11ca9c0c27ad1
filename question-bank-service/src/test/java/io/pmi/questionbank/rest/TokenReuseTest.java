package io.pmi.questionbank.rest;

import io.pmi.platform.security.CachingJwtPrincipalFactory;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Verified tokens are remembered for speed; that must never let an expired or altered token through. */
@QuarkusTest
class TokenReuseTest {

    @Inject
    CachingJwtPrincipalFactory factory;

    @Test
    void theSecondRequestWithATokenDoesNotVerifyItAgain() {
        String token = TestTokens.token(TestTokens.TENANT_A, "INTERVIEWER");
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);
        long verified = factory.verifications();
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/questions").then().statusCode(200);
        assertEquals(verified, factory.verifications(), "a remembered token is not verified again");
        given().auth().oauth2(TestTokens.token(TestTokens.TENANT_B, "INTERVIEWER")).get("/api/v1/dimensions").then()
                .statusCode(200);
        assertEquals(verified + 1, factory.verifications(), "another token is verified in full");
    }

    @Test
    void aTokenAcceptedBeforeItExpiresIsRefusedAfterwards() throws InterruptedException {
        // a warm endpoint, so that the two requests below answer well within the token's four seconds
        given().auth().oauth2(TestTokens.hrAdmin(TestTokens.TENANT_A)).get("/api/v1/dimensions").then().statusCode(200);
        Instant expiry = Instant.now().plusSeconds(4);
        String token = TestTokens.expiringAt(expiry);
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);

        // past the expiry and the one second of clock skew the services allow
        Thread.sleep(Duration.between(Instant.now(), expiry.plusMillis(1_500)).toMillis());
        assertProblem(given().auth().oauth2(token).get("/api/v1/dimensions").then(), 401, "unauthorized");
    }

    @Test
    void anAlteredCopyOfAnAcceptedTokenIsRefused() {
        String token = TestTokens.hrAdmin(TestTokens.TENANT_A);
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);

        String payload = token.split("\\.")[1];
        String otherTenant = TestTokens.hrAdmin(TestTokens.TENANT_B).split("\\.")[1];
        String forged = token.replace(payload, otherTenant);
        assertProblem(given().auth().oauth2(forged).get("/api/v1/dimensions").then(), 401, "unauthorized");
        given().auth().oauth2(token).get("/api/v1/dimensions").then().statusCode(200);
    }
}
