package io.pmi.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A verified token is remembered only together with the key and issuer it was verified with. */
class CachingJwtPrincipalFactoryTest {

    private static final String ISSUER = "https://issuer.example";
    private static final KeyPair ONE = keyPair();
    private static final KeyPair TWO = keyPair();

    private final CachingJwtPrincipalFactory factory = new CachingJwtPrincipalFactory();
    private final String token = Jwt.issuer(ISSUER).subject("alice").claim("tenant", "acme").groups("HR_ADMIN")
            .expiresIn(600).sign(ONE.getPrivate());

    @Test
    void aTokenIsVerifiedOnceWhileTheSettingsStayTheSame() throws ParseException {
        assertEquals("alice", factory.parse(token, context(ONE, ISSUER)).getSubject());
        assertEquals("alice", factory.parse(token, context(ONE, ISSUER)).getSubject());
        assertEquals(1, factory.verifications());
    }

    @Test
    void aRotatedKeyRefusesATokenOfTheOldKeyAtOnce() throws ParseException {
        factory.parse(token, context(ONE, ISSUER));
        assertThrows(ParseException.class, () -> factory.parse(token, context(TWO, ISSUER)));
        assertEquals(2, factory.verifications());
    }

    @Test
    void anotherIssuerRefusesATokenAcceptedForTheFirst() throws ParseException {
        factory.parse(token, context(ONE, ISSUER));
        assertThrows(ParseException.class, () -> factory.parse(token, context(ONE, "https://other.example")));
    }

    private static JWTAuthContextInfo context(KeyPair keys, String issuer) {
        return new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), issuer);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
