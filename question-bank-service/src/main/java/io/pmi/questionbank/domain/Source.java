package io.pmi.questionbank.domain;

import io.pmi.platform.tenancy.Tenants;

/** Where content comes from: the built-in library or the caller's own tenant. Written in lower case on the wire. */
public enum Source {
    LIBRARY,
    TENANT;

    public static Source of(boolean library) {
        return library ? LIBRARY : TENANT;
    }

    /** The tenant whose rows this source means, for a caller of {@code callerTenant}. */
    public String tenant(String callerTenant) {
        return this == LIBRARY ? Tenants.LIBRARY : callerTenant;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
