package io.pmi.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves the tenant filter's parameter when Hibernate opens a session, from the request that opened it.
 * Outside a request, or for an anonymous caller, it names no tenant at all, so nothing tenant-owned is visible.
 */
public class ReadableTenants implements Supplier<List<String>> {

    /** Matches no row: tenant ids never contain a space. */
    static final String NO_TENANT = " none ";

    @Override
    public List<String> get() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return List.of(NO_TENANT);
        }
        try {
            return container.instance(CurrentTenant.class).get().readable();
        } catch (RuntimeException anonymous) {
            return List.of(NO_TENANT);
        }
    }
}
