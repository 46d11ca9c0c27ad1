package io.pmi.testsupport.bench;

import io.pmi.embedded.EmbeddedMariaDb;
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
 * What the HTTP benchmarks run against: a throw-away embedded MariaDB 11.4 and packaged services, each started as a
 * process of its own on a free port, configured like the local run (its database on that server, the JWT public key
 * of {@link TestTokens}, issuer, audience), so that a benchmark sends real signed tokens.
 *
 * <p>Everything lives in {@code <module>/target/bench/run-<pid>}: the database files, each service's log and the
 * pid files. {@link #close()} (also run by a shutdown hook, so on Ctrl-C too) stops the services in reverse order,
 * then the database, and deletes the directory. A run killed outright (SIGKILL) leaves its services and mariadbd
 * running; the next run in the same module stops them, by the pids it recorded (a service only if its command line
 * names that run's directory), and deletes what they left.
 *
 * <p>{@code -Dbench.dbCpus=0} pins every thread of mariadbd after its start; the options of the service under test
 * are {@link BenchService.Spec#withBenchOptions()}.
 */
public final class BenchEnvironment implements AutoCloseable {

    private static final String OWNER_PID = "bench.pid";
    private static final String SERVICE_PID_PREFIX = "service-";
    private static final String RUN_MARKER = "-Dpmi.bench.run=";

    private final Path runDir;
    private final List<BenchService> services = new ArrayList<>();
    private final Thread shutdownHook;
    private EmbeddedMariaDb database;
    private boolean closed;

    private BenchEnvironment(Path runDir) {
        this.runDir = runDir;
        this.shutdownHook = new Thread(this::close, "bench-environment-stop");
    }

    /** Starts the database in {@code moduleTarget/bench/run-<pid>}, after stopping what killed runs left there. */
    public static BenchEnvironment start(Path moduleTarget) throws IOException, InterruptedException {
        Path benchRoot = moduleTarget.resolve("bench");
        reapEarlierRuns(benchRoot);
        Path runDir = benchRoot.resolve("run-" + ProcessHandle.current().pid());
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(OWNER_PID), Long.toString(ProcessHandle.current().pid()));
        BenchEnvironment environment = new BenchEnvironment(runDir);
        Runtime.getRuntime().addShutdownHook(environment.shutdownHook);
        try {
            log("Starting the embedded MariaDB in %s ...", runDir.resolve("mariadb"));
            EmbeddedMariaDb database = EmbeddedMariaDb.start(runDir.resolve("mariadb"), 0, true);
            synchronized (environment) {
                environment.database = database;
            }
            String dbCpus = System.getProperty("bench.dbCpus", "");
            if (!dbCpus.isBlank()) {
                run(List.of("taskset", "-a", "-p", "-c", dbCpus, Long.toString(environment.databasePid())));
                log("mariadbd (pid %d) pinned to CPU %s", environment.databasePid(), dbCpus);
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            environment.close();
            throw e;
        }
        return environment;
    }

    /** Starts a packaged service against its database on this server and waits until it is ready. */
    public BenchService startService(BenchService.Spec spec) throws IOException, InterruptedException {
        if (!spec.exists()) {
            throw new IllegalStateException(spec.jar() + " is missing: package " + spec.name()
                    + " first (see docs/benchmarks.md)");
        }
        int port = freePort();
        Path log = runDir.resolve(spec.name() + ".log");
        List<String> command = new ArrayList<>();
        if (!spec.cpuList().isEmpty()) {
            command.addAll(List.of("taskset", "-c", spec.cpuList()));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // Names the run directory on the command line, so that a later run can recognise an orphan as ours.
        command.add(RUN_MARKER + runDir);
        command.addAll(spec.jvmOptions());
        command.addAll(List.of("-jar", spec.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(spec.database(), spec.jdbcPropertyList()));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Touching TestTokens writes the public key file of this JVM's key pair, which signs the benchmark's tokens.
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE);
        env.putAll(spec.environment());
        log("Starting %s on port %d%s (log in %s) ...", spec.name(), port,
                spec.cpuList().isEmpty() ? "" : " pinned to CPU " + spec.cpuList(), log);
        BenchService service;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The benchmark environment is stopped");
            }
            service = new BenchService(spec, builder.start(), port, log);
            services.add(service);
        }
        Files.writeString(runDir.resolve(SERVICE_PID_PREFIX + spec.name() + ".pid"), Long.toString(service.pid()));
        awaitReady(service);
        return service;
    }

    public Path runDir() {
        return runDir;
    }

    /** The JDBC URL of a database on this server (as the services get it), with extra properties appended. */
    public String jdbcUrl(String databaseName, String extraProperties) {
        String url = database.jdbcUrl(databaseName);
        return extraProperties == null || extraProperties.isEmpty() ? url : url + "&" + extraProperties;
    }

    /** A connection to a database of this server as the services' account, with extra properties on the URL. */
    public Connection connect(String databaseName, String extraProperties) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(databaseName, extraProperties), database.username(),
                database.password());
    }

    public Path databaseOptionFile() {
        return database.optionFile();
    }

    public int databasePort() {
        return database.port();
    }

    public long databasePid() throws IOException {
        return Long.parseLong(Files.readString(runDir.resolve("mariadb").resolve("mariadbd.pid")).trim());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = services.size() - 1; i >= 0; i--) {
            stop(services.get(i));
        }
        if (database != null) {
            log("Stopping the database ...");
            database.stop();
        }
        deleteRecursively(runDir);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
    }

    private static void stop(BenchService service) {
        Process process = service.process();
        if (!process.isAlive()) {
            return;
        }
        log("Stopping %s (pid %d) ...", service.name(), process.pid());
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                try (Stream<Path> files = Files.list(run)) {
                    for (Path pidFile : files.filter(p -> p.getFileName().toString().startsWith(SERVICE_PID_PREFIX))
                            .toList()) {
                        alive(pidFile).filter(p -> p.info().commandLine()
                                        .map(c -> c.contains(RUN_MARKER + run)).orElse(false))
                                .ifPresent(p -> stopOrphan(p, pidFile.getFileName().toString()));
                    }
                }
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

    private static void awaitReady(BenchService service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && service.process().isAlive()) {
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
            List<String> lines = Files.readAllLines(service.log(), StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            tail = "(no log)";
        }
        throw new IllegalStateException(service.name() + " did not become ready:\n" + tail);
    }

    /**
     * A module's {@code target} directory, found from where one of its classes was loaded: the benchmark has to
     * run from the repository ({@code target/classes}), not from an installed jar.
     */
    public static Path targetDir(Class<?> ofModule) {
        try {
            Path classes = Path.of(ofModule.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = classes.getParent();
            if (target == null || !target.getFileName().toString().equals("target")) {
                throw new IllegalStateException("Run the benchmark from the repository (<module>/target/classes), "
                        + "not from " + classes);
            }
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs a short command to its end, failing on a non-zero exit; returns its output. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    public static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
