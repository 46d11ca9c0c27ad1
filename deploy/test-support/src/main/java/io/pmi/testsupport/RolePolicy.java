package io.pmi.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A service's intended role policy: {@code src/main/openapi/role-policy.properties}, one line per operation,
 * {@code operationId=HR_ADMIN,INTERVIEWER}, with {@code #} comments. It is the declaration the contract's
 * {@code x-roles} and the running service's answers are checked against, and the README's role table with it.
 *
 * @param operations the roles of each operation, in the file's order
 * @param defects    what is wrong with the file itself (a duplicate operation or role, an unknown role, no role)
 */
public record RolePolicy(Path file, Map<String, Set<String>> operations, List<String> defects) {

    public static final Path FILE = Path.of("src", "main", "openapi", "role-policy.properties");

    /** The policy of the service whose tests are running (the working directory is its module). */
    public static RolePolicy ofThisService() throws IOException {
        return read(FILE);
    }

    public static RolePolicy read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("No role policy at " + file.toAbsolutePath() + ": every service declares "
                    + "its operations' roles there (an empty file while it has no operation)");
        }
        Map<String, Set<String>> operations = new LinkedHashMap<>();
        List<String> defects = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals <= 0) {
                defects.add(where + "not operationId=ROLE,ROLE: " + line);
                continue;
            }
            String operation = line.substring(0, equals).strip();
            Set<String> roles = new LinkedHashSet<>();
            for (String role : line.substring(equals + 1).split(",")) {
                String name = role.strip();
                if (!SecurityMatrix.ROLES.contains(name)) {
                    defects.add(where + operation + ": unknown role '" + name + "' (roles: " + SecurityMatrix.ROLES + ")");
                } else if (!roles.add(name)) {
                    defects.add(where + operation + ": " + name + " twice");
                }
            }
            if (operations.put(operation, roles) != null) {
                defects.add(where + operation + " is declared twice");
            }
            if (roles.isEmpty()) {
                defects.add(where + operation + ": no role (an operation nobody may call does not belong in the API)");
            }
        }
        return new RolePolicy(file, operations, defects);
    }

    /** The repository root: the nearest directory above the working directory holding the README and the mvnw. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
    }

    /** Every service's policy: the modules directly under the repository root that have one. */
    public static List<RolePolicy> ofEveryService() throws IOException {
        try (Stream<Path> modules = Files.list(repositoryRoot())) {
            List<RolePolicy> policies = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(module.resolve(FILE))) {
                    policies.add(read(module.resolve(FILE)));
                }
            }
            return policies;
        }
    }

    /**
     * The README's role table ({@code | operation | HR_ADMIN | ...}) must list every operation of every service's
     * policy in exactly one row, with the policy's roles, and nothing else; an operation of several services (the
     * platform's) has the same roles in each.
     */
    public static List<String> readmeTableDefects() throws IOException {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        List<String> defects = new ArrayList<>();
        for (RolePolicy policy : ofEveryService()) {
            defects.addAll(policy.defects());
            policy.operations().forEach((operation, roles) -> {
                // The platform's routes (webhooks) are in several services, with the same roles everywhere.
                Set<String> before = declared.put(operation, roles);
                if (before != null && !before.equals(roles)) {
                    defects.add(operation + " is declared by two services with different roles");
                }
            });
        }
        Path readme = repositoryRoot().resolve("README.md");
        List<String> header = null;
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            List<String> cells = line.startsWith("|") ? cells(line) : null;
            if (cells == null) {
                if (header != null && !listed.isEmpty()) {
                    break;
                }
                continue;
            }
            if (header == null) {
                if (cells.size() > 1 && cells.get(0).equals("operation") && cells.get(1).equals("HR_ADMIN")) {
                    header = cells;
                }
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            for (int c = 1; c < header.size(); c++) {
                String cell = c < cells.size() ? cells.get(c) : "";
                if (cell.equals("yes")) {
                    roles.add(header.get(c));
                } else if (!cell.equals("no")) {
                    defects.add("README role table: '" + cell + "' in column " + header.get(c) + " of the row of "
                            + cells.get(0) + " (yes or no)");
                }
            }
            for (String operation : Arrays.stream(cells.get(0).split(",")).map(String::strip)
                    .map(o -> o.replace("`", "")).filter(o -> !o.isEmpty()).toList()) {
                if (listed.put(operation, roles) != null) {
                    defects.add("README role table: " + operation + " is in more than one row");
                }
            }
        }
        if (header == null) {
            defects.add("README.md has no role table (a row '| operation | HR_ADMIN | ... |')");
            return defects;
        }
        declared.forEach((operation, roles) -> {
            if (!listed.containsKey(operation)) {
                defects.add("README role table: " + operation + " is missing (roles " + roles + ")");
            } else if (!listed.get(operation).equals(roles)) {
                defects.add("README role table: " + operation + " has " + listed.get(operation)
                        + ", its service's role-policy.properties " + roles);
            }
        });
        listed.keySet().stream().filter(o -> !declared.containsKey(o)).forEach(o ->
                defects.add("README role table: " + o + " is in no service's role-policy.properties"));
        return defects;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
