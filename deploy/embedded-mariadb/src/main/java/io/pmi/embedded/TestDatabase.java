package io.pmi.embedded;

import java.nio.file.Path;

/**
 * The one embedded server of a test JVM, shared by every test class and Quarkus restart in it.
 *
 * <p>Its files live in {@code java.io.tmpdir/pmi-test-mariadb/<jvm pid>} and are deleted when the JVM exits;
 * servers left behind by killed test JVMs are stopped and their files deleted before a new one starts.
 */
public final class TestDatabase {

    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb shared() {
        if (server == null) {
            Path parent = Path.of(System.getProperty("java.io.tmpdir"), "pmi-test-mariadb");
            Orphans.reapTemporary(parent);
            server = EmbeddedMariaDb.start(parent.resolve(Long.toString(ProcessHandle.current().pid())), 0, true);
        }
        return server;
    }
}
