package io.pmi.launcher;

import java.time.Duration;
import java.util.List;

/** {@code token}: mints a token for the local run, for any tenant, subject and role. */
final class TokenCommand {

    static final String DEMO_TENANT = "demo";
    static final List<String> ROLES = List.of("HR_ADMIN", "INTERVIEWER", "MANAGER", "INTEGRATION");
    static final String USAGE = """
            Usage: java -jar deploy/launcher/target/pmi-launcher.jar [token [options]]
              (no arguments)   run the whole suite locally
              token            print a bearer token signed with the local run's key
                --tenant T     tenant (default: demo)
                --subject S    user; for employees their HRIS externalId (default: demo-user)
                --role R       HR_ADMIN, INTERVIEWER, MANAGER or INTEGRATION (default: HR_ADMIN)
                --hours H      validity in hours, 1 to 720 (default: 24)""";

    private TokenCommand() {
    }

    static int run(LocalIdentityProvider identityProvider, String[] args) {
        String tenant = DEMO_TENANT;
        String subject = "demo-user";
        String role = "HR_ADMIN";
        int hours = 24;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--tenant" -> tenant = value;
                case "--subject" -> subject = value;
                case "--role" -> role = value;
                case "--hours" -> hours = parseHours(value);
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (tenant == null || subject == null || role == null || hours < 1 || hours > 720 || !ROLES.contains(role)) {
            System.err.println(USAGE);
            return 2;
        }
        System.out.println(identityProvider.mint(tenant, subject, role, Duration.ofHours(hours)));
        return 0;
    }

    private static int parseHours(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
