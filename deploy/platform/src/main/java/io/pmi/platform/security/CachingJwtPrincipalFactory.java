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

import java.time.Duration;

/**
 * Verifies each distinct token once and reuses the result until the token expires. A client sends the same token
 * with every request of a session; parsing it and checking its RS256 signature each time was a fifth of the CPU of
 * a simple read. The cache key is the whole compact token, signature included, so a changed token is a miss and is
 * verified in full; a hit is refused again as soon as the token has expired.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingJwtPrincipalFactory extends JWTCallerPrincipalFactory {

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Cache<String, JWTCallerPrincipal> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.getIfPresent(token);
        if (known != null && stillValid(known, context)) {
            return known;
        }
        verified.invalidate(token);
        JWTCallerPrincipal principal = verifier.parse(token, context);
        verified.put(token, principal);
        return principal;
    }

    /** The expiry check the verifier makes, with the same clock skew. */
    private static boolean stillValid(JWTCallerPrincipal principal, JWTAuthContextInfo context) {
        long nowSeconds = System.currentTimeMillis() / 1000;
        return principal.getExpirationTime() + context.getClockSkew() > nowSeconds;
    }
}
