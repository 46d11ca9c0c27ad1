package io.pmi.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Configures a service under test exactly as production would be: a public key, an issuer, an audience. */
public class TestSecurityResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE,
                "pmi.service-identity.signing-key-location", TestTokens.privateKeyFile().toString());
    }

    @Override
    public void stop() {
        // The key file is deleted when the JVM exits.
    }
}
