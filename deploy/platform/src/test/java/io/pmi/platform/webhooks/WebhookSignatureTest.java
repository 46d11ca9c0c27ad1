package io.pmi.platform.webhooks;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    // The Standard Webhooks specification's published example (and its reference libraries' test vector).
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsExampleAsPublished() {
        assertEquals(SIGNATURE, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void aReceiverAcceptsItWithinFiveMinutesOnly() {
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        assertTrue(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, BODY, sent));
        assertTrue(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, BODY, sent.plusSeconds(300)));
        assertTrue(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, BODY, sent.minusSeconds(300)));
        assertFalse(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, BODY, sent.plusSeconds(301)));
        assertFalse(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, BODY, sent.minusSeconds(301)));
    }

    @Test
    void anyChangeBreaksIt() {
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        assertFalse(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, SIGNATURE, "{\"test\": 2432232315}", sent));
        assertFalse(WebhookSignature.verify(SECRET, "msg_other", "" + TIMESTAMP, SIGNATURE, BODY, sent));
        assertFalse(WebhookSignature.verify(SECRET, ID, "" + (TIMESTAMP + 1), SIGNATURE, BODY, sent));
        assertFalse(WebhookSignature.verify("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), ID,
                "" + TIMESTAMP, SIGNATURE, BODY, sent));
        assertFalse(WebhookSignature.verify(SECRET, ID, "not-a-number", SIGNATURE, BODY, sent));
    }

    @Test
    void oneOfSeveralSignaturesIsEnough() {
        // During a secret rotation a sender signs with both keys, space-separated.
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        assertTrue(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, "v1,bm9wZQ== " + SIGNATURE, BODY, sent));
        assertFalse(WebhookSignature.verify(SECRET, ID, "" + TIMESTAMP, "v1,bm9wZQ==", BODY, sent));
    }

    @Test
    void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
        SecureRandom random = new SecureRandom();
        String one = WebhookSignature.newSecret(random);
        String two = WebhookSignature.newSecret(random);
        assertTrue(one.startsWith("whsec_"), one);
        assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
        assertFalse(one.equals(two));
    }
}
