package io.pmi.platform.tenancy;

import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The last line of tenant isolation for writes. Services refuse library changes with a clear problem before
 * they get here; this guard makes a forgotten check fail instead of writing across tenants.
 */
public class TenantGuard {

    @PrePersist
    void stamp(TenantOwned row) {
        String tenant = callerTenant();
        if (row.tenantId == null) {
            row.tenantId = tenant;
        } else if (!row.tenantId.equals(tenant)) {
            throw refused();
        }
    }

    @PreUpdate
    @PreRemove
    void check(TenantOwned row) {
        if (!callerTenant().equals(row.tenantId)) {
            throw refused();
        }
    }

    private static String callerTenant() {
        return Arc.container().instance(CurrentTenant.class).get().id();
    }

    private static ProblemException refused() {
        return new ProblemException(ProblemType.FORBIDDEN, "Only your own tenant's data can be changed.");
    }
}
