package io.pmi.platform.tenancy;

import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.regex.Pattern;

public final class Tenants {

    /** The built-in library (seeded taxonomy, default bank and guides): readable by every tenant, writable by none. */
    public static final String LIBRARY = "_library";

    /** The token claim naming the caller's tenant. */
    public static final String CLAIM = "tenant";

    /** What a tenant id in a token must look like; {@code _library} matches but is refused separately. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    /** The token's {@code tenant} claim as a string: SmallRye JWT hands custom claims out as JSON values. */
    public static String of(JsonWebToken jwt) {
        Object claim = jwt.getClaim(CLAIM);
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String text ? text : null;
    }

    private Tenants() {
    }
}
