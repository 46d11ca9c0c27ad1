package io.pmi.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMariaDbTest {

    @Test
    void persistentServerKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("db");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(root, 0, false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("kept"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(20)) ENGINE=InnoDB");
            s.execute("INSERT INTO note VALUES (1, '绩效访谈')");
        } finally {
            first.stop();
        }
        EmbeddedMariaDb second = EmbeddedMariaDb.start(root, 0, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("kept"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body, @@version, @@bind_address FROM note WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals("绩效访谈", rs.getString(1));
            assertTrue(rs.getString(2).startsWith("11.4"), rs.getString(2));
            assertEquals("127.0.0.1", rs.getString(3));
        } finally {
            second.stop();
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
            try (Connection c = DriverManager.getConnection(next.jdbcUrl("probe"), "root", "")) {
                assertTrue(c.isValid(5));
            }
        } finally {
            next.stop();
            orphan.stop();
        }
    }

    @Test
    void aDataDirectoryInUseByALiveJvmIsRefused(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("db");
        EmbeddedMariaDb running = EmbeddedMariaDb.start(root, 0, false);
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(root.resolve(EmbeddedMariaDb.OWNER_PID_FILE), Long.toString(other.pid()));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(root, 0, false));
            assertTrue(refused.getMessage().contains("in use by process " + other.pid()), refused.getMessage());
        } finally {
            other.destroy();
            running.stop();
        }
    }
}
