package io.pmi.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.security.Key;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies each distinct token once and reuses the result until the token expires. A client sends the same token
 * with every request of a session; parsing it and checking its RS256 signature each time was a fifth of the CPU of
 * a simple read. The cache key is the whole compact token, signature included, together with the verification
 * settings in force (key, key location, issuer, audiences): a changed token, or a rotated key or issuer, is a miss
 * and is verified in full. A hit is refused again as soon as the token has expired. A key rotated inside the same
 * JWKS document at the same location is not seen here: the cached principals of the old key live at most ten
 * minutes.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingJwtPrincipalFactory extends JWTCallerPrincipalFactory {

    /** What a verification depended on besides the token itself. */
    record Verified(String token, Key key, String keyLocation, String keyContent, String issuer,
                    Set<String> audiences) {

        static Verified of(String token, JWTAuthContextInfo context) {
            return new Verified(token, context.getPublicVerificationKey() != null
                    ? context.getPublicVerificationKey() : context.getSecretVerificationKey(),
                    context.getPublicKeyLocation(), context.getPublicKeyContent(), context.getIssuedBy(),
                    context.getExpectedAudience());
        }
    }

    private final JWTCallerPrincipalFactory verifier;
    private final Cache<Verified, JWTCallerPrincipal> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    private final AtomicLong verifications = new AtomicLong();

    public CachingJwtPrincipalFactory() {
        this(new DefaultJWTCallerPrincipalFactory());
    }

    CachingJwtPrincipalFactory(JWTCallerPrincipalFactory verifier) {
        this.verifier = verifier;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        Verified key = Verified.of(token, context);
        JWTCallerPrincipal known = verified.getIfPresent(key);
        if (known != null && stillValid(known, context)) {
            return known;
        }
        verified.invalidate(key);
        verifications.incrementAndGet();
        JWTCallerPrincipal principal = verifier.parse(token, context);
        verified.put(key, principal);
        return principal;
    }

    /** How many tokens were verified in full since start: what shows that the cache is used. */
    public long verifications() {
        return verifications.get();
    }

    /** The expiry check the verifier makes, with the same clock skew. */
    private static boolean stillValid(JWTCallerPrincipal principal, JWTAuthContextInfo context) {
        long nowSeconds = System.currentTimeMillis() / 1000;
        return principal.getExpirationTime() + context.getClockSkew() > nowSeconds;
    }
}
