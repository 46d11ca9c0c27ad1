package io.pmi.questionbank.rest;

import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;

/** Verified tokens are remembered for speed; that must never let an expired or altered token through. */
@QuarkusTest
class TokenReuseTest {

    @Test
    void aTokenAcceptedBeforeItExpiresIsRefusedAfterwards() throws InterruptedException {
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
