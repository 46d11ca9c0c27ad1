package io.pmi.questionbank.benchmark;

import io.pmi.embedded.EmbeddedMariaDb;
import io.pmi.questionbank.service.QuestionService;
import io.pmi.testsupport.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the HTTP benchmarks run against: a throw-away embedded MariaDB 11.4 and the packaged question-bank-service
 * ({@code target/quarkus-app/quarkus-run.jar}, as {@code ./mvnw install -DskipTests} builds it) started as a process
 * of its own on a free port, configured like the local run (JWT public key, issuer, audience), plus a token signed
 * with the test key pair of this JVM.
 *
 * <p>Everything lives in {@code question-bank-service/target/bench/run-<pid>}: the database files, the service's
 * log and the pid files. {@link #close()} (also run by a shutdown hook, so on Ctrl-C too) stops the service, then
 * the database, and deletes the directory. A run killed outright (SIGKILL) leaves its service and mariadbd
 * running; the next run stops them, by the pids it recorded, and deletes what they left.
 *
 * <p>CPU pinning, all optional: {@code -Dbench.serviceCpus=1} starts the service under {@code taskset -c 1},
 * {@code -Dbench.dbCpus=0} pins every thread of mariadbd after its start. Extra JVM options for the service:
 * {@code -Dbench.serviceOpts="-Dquarkus.hibernate-orm.log.sql=true"}; extra properties on the service's JDBC URL
 * (to try driver settings): {@code -Dbench.serviceJdbcProperties=cachePrepStmts=true&prepStmtCacheSqlLimit=4096}.
 */
final class BenchEnvironment implements AutoCloseable {

    static final String TENANT = "bench";
    private static final String SERVICE_PID = "service.pid";
    private static final String OWNER_PID = "bench.pid";

    private final Path runDir;
    private final EmbeddedMariaDb database;
    private final Process service;
    private final int port;
    private final String token;
    private final Thread shutdownHook;
    private boolean closed;

    private BenchEnvironment(Path runDir, EmbeddedMariaDb database, Process service, int port, String token,
                             Thread shutdownHook) {
        this.runDir = runDir;
        this.database = database;
        this.service = service;
        this.port = port;
        this.token = token;
        this.shutdownHook = shutdownHook;
    }

    static BenchEnvironment start() throws IOException, InterruptedException {
        Path target = targetDir();
        Path benchRoot = target.resolve("bench");
        reapEarlierRuns(benchRoot);
        Path runDir = benchRoot.resolve("run-" + ProcessHandle.current().pid());
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(OWNER_PID), Long.toString(ProcessHandle.current().pid()));

        Holder holder = new Holder();
        Thread hook = new Thread(holder::closeQuietly, "bench-environment-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        holder.runDir = runDir;

        log("Starting the embedded MariaDB in %s ...", runDir.resolve("mariadb"));
        holder.database = EmbeddedMariaDb.start(runDir.resolve("mariadb"), 0, true);
        String dbCpus = System.getProperty("bench.dbCpus", "");
        if (!dbCpus.isBlank()) {
            long dbPid = Long.parseLong(Files.readString(runDir.resolve("mariadb").resolve("mariadbd.pid")).trim());
            run(List.of("taskset", "-a", "-p", "-c", dbCpus, Long.toString(dbPid)));
            log("mariadbd (pid %d) pinned to CPU %s", dbPid, dbCpus);
        }

        // Class initialisation writes the public key file the service verifies tokens with.
        String token = TestTokens.token(TENANT, "INTERVIEWER");
        holder.port = freePort();
        Path jar = target.resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -q install -DskipTests");
        }
        List<String> command = new ArrayList<>();
        String serviceCpus = System.getProperty("bench.serviceCpus", "");
        if (!serviceCpus.isBlank()) {
            command.addAll(List.of("taskset", "-c", serviceCpus));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // Names the run directory on the command line, so that a later run can recognise an orphan as ours.
        command.add("-Dpmi.bench.run=" + runDir);
        String opts = System.getProperty("bench.serviceOpts", "");
        if (!opts.isBlank()) {
            command.addAll(List.of(opts.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile()).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        String jdbcProperties = System.getProperty("bench.serviceJdbcProperties", "");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", holder.database.jdbcUrl("question_bank")
                + (jdbcProperties.isBlank() ? "" : "&" + jdbcProperties));
        env.put("QUARKUS_DATASOURCE_USERNAME", holder.database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", holder.database.password());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(holder.port));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE);
        log("Starting question-bank-service on port %d%s (log in %s) ...", holder.port,
                serviceCpus.isBlank() ? "" : " pinned to CPU " + serviceCpus, runDir.resolve("service.log"));
        holder.service = builder.start();
        Files.writeString(runDir.resolve(SERVICE_PID), Long.toString(holder.service.pid()));
        awaitReady(holder.service, holder.port, runDir.resolve("service.log"));
        BenchEnvironment environment = new BenchEnvironment(runDir, holder.database, holder.service, holder.port,
                token, hook);
        holder.environment = environment;
        return environment;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    String token() {
        return token;
    }

    Path runDir() {
        return runDir;
    }

    long servicePid() {
        return service.pid();
    }

    /** The JDBC URL the service uses (same driver, same properties), with extra properties appended. */
    String jdbcUrl(String extraProperties) {
        String url = database.jdbcUrl("question_bank");
        return extraProperties.isEmpty() ? url : url + "&" + extraProperties;
    }

    Connection connect() throws SQLException {
        return connect("");
    }

    /** A connection as the server's account, with extra properties on the URL. */
    Connection connect(String extraProperties) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(extraProperties), database.username(), database.password());
    }

    Path databaseOptionFile() {
        return database.optionFile();
    }

    int databasePort() {
        return database.port();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(service, database, runDir);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
    }

    /** The pieces started so far, for the shutdown hook while {@link #start()} is still under way. */
    private static final class Holder {
        Path runDir;
        EmbeddedMariaDb database;
        Process service;
        int port;
        BenchEnvironment environment;

        synchronized void closeQuietly() {
            if (environment != null) {
                environment.close();
            } else {
                stop(service, database, runDir);
            }
        }
    }

    private static void stop(Process service, EmbeddedMariaDb database, Path runDir) {
        if (service != null && service.isAlive()) {
            log("Stopping question-bank-service (pid %d) ...", service.pid());
            service.destroy();
            try {
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            log("Stopping the database ...");
            database.stop();
        }
        if (runDir != null) {
            deleteRecursively(runDir);
        }
    }

    /** Stops what runs killed outright left behind (by their recorded pids) and deletes their directories. */
    private static void reapEarlierRuns(Path benchRoot) throws IOException {
        if (!Files.isDirectory(benchRoot)) {
            return;
        }
        try (Stream<Path> runs = Files.list(benchRoot)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                if (alive(run.resolve(OWNER_PID)).isPresent()) {
                    continue;
                }
                alive(run.resolve(SERVICE_PID))
                        .filter(p -> p.info().commandLine().map(c -> c.contains("-Dpmi.bench.run=" + run)).orElse(false))
                        .ifPresent(p -> stopOrphan(p, "question-bank-service"));
                alive(run.resolve("mariadb").resolve("mariadbd.pid"))
                        .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                        .ifPresent(p -> stopOrphan(p, "mariadbd"));
                deleteRecursively(run);
            }
        }
    }

    private static Optional<ProcessHandle> alive(Path pidFile) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopOrphan(ProcessHandle process, String what) {
        log("Stopping %s (pid %d) left running by an earlier benchmark run", what, process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static void awaitReady(Process service, int port, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(300);
        }
        String tail;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            tail = "(no log)";
        }
        throw new IllegalStateException("question-bank-service did not become ready:\n" + tail);
    }

    /** question-bank-service/target, found from where the service's classes were loaded. */
    static Path targetDir() {
        try {
            Path classes = Path.of(QuestionService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes, or the installed jar in ~/.m2 when run from elsewhere
            Path target = classes.getParent();
            if (!target.getFileName().toString().equals("target")) {
                throw new IllegalStateException("Run the benchmark from the repository (question-bank-service/"
                        + "target/classes), not from " + classes);
            }
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs a short command to its end, failing on a non-zero exit; returns its output. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
