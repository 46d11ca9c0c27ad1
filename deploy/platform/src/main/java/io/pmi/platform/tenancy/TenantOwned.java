package io.pmi.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * Every row a tenant can see extends this. Tenant isolation lives here, once, instead of in each query:
 * the {@value #FILTER} filter is enabled on every session (also for loads by id) and limits reads to the
 * caller's tenant and the built-in library; {@link TenantGuard} stamps new rows with the caller's tenant and
 * refuses to change rows of any other tenant, the library included.
 */
@MappedSuperclass
@FilterDef(name = TenantOwned.FILTER, autoEnabled = true, applyToLoadByKey = true,
        defaultCondition = "tenant_id in (:tenants)",
        parameters = @ParamDef(name = "tenants", type = String.class, resolver = ReadableTenants.class))
@Filter(name = TenantOwned.FILTER)
@EntityListeners(TenantGuard.class)
public abstract class TenantOwned {

    public static final String FILTER = "tenant";

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public boolean isLibrary() {
        return Tenants.LIBRARY.equals(tenantId);
    }
}
