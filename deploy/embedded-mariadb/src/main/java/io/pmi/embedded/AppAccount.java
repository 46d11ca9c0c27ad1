package io.pmi.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The account the services use on an embedded server, and the file that keeps its password.
 *
 * <p>The password lives in {@value #FILE} next to the data directory, owner-only (0600), as a MySQL option
 * file so that the {@code mariadb} client can read it. A start of a new data directory, or of one without that
 * file (from before passwords), has the server run {@link #writeInitFile} through {@code --init-file} before
 * it accepts connections: that drops the anonymous accounts and every root account but root@localhost, leaves
 * that one to unix_socket authentication only, and (re)creates {@value #USER} with the password.
 */
final class AppAccount {

    static final String USER = "pmi";
    static final String FILE = "client.cnf";
    static final String INIT_FILE = "init-account.sql";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int PASSWORD_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AppAccount() {
    }

    static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password in {@code root}'s option file, if the account was made there. */
    static Optional<String> storedPassword(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> line.startsWith("password="))
                    .map(line -> line.substring("password=".length()))
                    .filter(password -> !password.isEmpty())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password in " + file, e);
        }
    }

    /**
     * The statements that lock the server down and make the account, for {@code --init-file}. The file holds
     * the password, so it is owner-only too and deleted once the server is up.
     */
    static Path writeInitFile(Path root, String password) {
        // On *.*: the services and the tests create their schemas on first connection, and the benchmarks set
        // global variables. Whoever has the password can read the data files anyway (same owner, same mode).
        String sql = String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "FLUSH PRIVILEGES;",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket;",
                "CREATE OR REPLACE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "CREATE OR REPLACE USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1', '" + USER + "'@'localhost';",
                "");
        return writeOwnerOnly(root.resolve(INIT_FILE), sql);
    }

    static void deleteInitFile(Path root) {
        try {
            Files.deleteIfExists(root.resolve(INIT_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root.resolve(INIT_FILE), e);
        }
    }

    /**
     * Writes the option file with this start's port. A new account is first tried with the {@code mariadb}
     * client over TCP, and the file only takes its place once that worked: a start that failed half-way
     * leaves no file, so the next one makes the account again.
     */
    static Path store(Path root, Path binaries, int port, String password, boolean verify) {
        String options = String.join("\n",
                "# The embedded MariaDB's application account, made at its first start. Owner-only: keep it so.",
                "# Connect while it runs: mariadb --defaults-extra-file=" + root.resolve(FILE) + " question_bank",
                "[client]",
                "host=127.0.0.1",
                "port=" + port,
                "user=" + USER,
                "password=" + password,
                "");
        Path staged = writeOwnerOnly(root.resolve(FILE + ".new"), options);
        if (verify) {
            verify(binaries, staged);
        }
        try {
            return Files.move(staged, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + root.resolve(FILE), e);
        }
    }

    private static void verify(Path binaries, Path optionFile) {
        ProcessBuilder client = new ProcessBuilder(binaries.resolve("bin").resolve("mariadb").toString(),
                "--defaults-file=" + optionFile, "--protocol=TCP", "--connect-timeout=30", "--batch", "--skip-column-names",
                "-e", "SELECT CURRENT_USER()")
                .redirectErrorStream(true);
        client.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        try {
            Process process = client.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0
                    || !output.equals(USER + "@127.0.0.1")) {
                process.destroyForcibly();
                throw new IllegalStateException("The embedded MariaDB did not accept its new account " + USER
                        + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the mariadb client to check the new account", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the new database account", e);
        }
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
