package io.pmi.platform.tenancy;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * The caller's tenant, from the token alone: never from a body, a query or a header of the request.
 * Unremovable because Hibernate's filter resolver and entity listener look it up programmatically.
 */
@RequestScoped
@Unremovable
public class CurrentTenant {

    private final SecurityIdentity identity;

    public CurrentTenant(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The tenant the caller writes to. */
    public String id() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new UnauthorizedException();
        }
        return Tenants.of(jwt);
    }

    /** The tenants the caller reads: their own and the built-in library. */
    public List<String> readable() {
        String tenant = id();
        return Tenants.LIBRARY.equals(tenant) ? List.of(Tenants.LIBRARY) : List.of(tenant, Tenants.LIBRARY);
    }
}
