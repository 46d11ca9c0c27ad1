package io.pmi.platform.tenancy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every authenticated caller belongs to exactly one tenant, named by the token's {@code tenant} claim: a token
 * without a usable one is not valid here (401). A token naming the built-in library is authenticated but keeps
 * no role, so every operation answers it 403: nobody acts as the library.
 */
@ApplicationScoped
public class TenantAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String tenant = identity.getPrincipal() instanceof JsonWebToken jwt ? Tenants.of(jwt) : null;
        if (tenant == null || !Tenants.VALID.matcher(tenant).matches()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token names no valid tenant"));
        }
        if (Tenants.LIBRARY.equals(tenant)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .build());
        }
        return Uni.createFrom().item(identity);
    }
}
