package io.pmi.platform.security;

/**
 * The roles a token's {@code groups} claim may carry (DESIGN.md section 4). The README's role matrix says which
 * role may call which operation; each operation's contract lists them in {@code x-roles}.
 */
public final class Roles {

    /** Does everything within the tenant. */
    public static final String HR_ADMIN = "HR_ADMIN";
    /** Reads the question bank; runs the interviews they conduct. */
    public static final String INTERVIEWER = "INTERVIEWER";
    /** Reads the question bank; reads manager-audience reports of their reports. */
    public static final String MANAGER = "MANAGER";
    /** An HRIS integration: writes participants and performance history, reads nothing else. */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
