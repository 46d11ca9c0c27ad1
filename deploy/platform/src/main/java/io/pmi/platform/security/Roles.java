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
    /** An HRIS integration: writes participants and performance history and manages webhooks; reads nothing else. */
    public static final String INTEGRATION = "INTEGRATION";

    // Role sets as the JSON array of an operation's x-roles extension (annotation values must be constants). The
    // security matrix holds each operation's x-roles and its @RolesAllowed to the service's role-policy file.
    /** HR_ADMIN alone. */
    public static final String X_HR_ADMIN = "[\"HR_ADMIN\"]";
    /** The people who read the question bank: HR_ADMIN, INTERVIEWER and MANAGER. */
    public static final String X_STAFF = "[\"HR_ADMIN\", \"INTERVIEWER\", \"MANAGER\"]";
    /** HR_ADMIN and INTERVIEWER: those who write questions or run interviews. */
    public static final String X_HR_ADMIN_AND_INTERVIEWER = "[\"HR_ADMIN\", \"INTERVIEWER\"]";
    /** HR_ADMIN and INTEGRATION: those who sync participants and performance history, and subscribe to webhooks. */
    public static final String X_HR_ADMIN_AND_INTEGRATION = "[\"HR_ADMIN\", \"INTEGRATION\"]";

    private Roles() {
    }
}
