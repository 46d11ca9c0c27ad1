package io.pmi.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {

    /** A start that stops early (nothing built here) ends like any clean stop: no pid file is left behind. */
    @Test
    void aStartThatStopsLeavesNoPidFile(@TempDir Path repository, @TempDir Path data) throws Exception {
        Launcher launcher = new Launcher(repository, data);

        assertEquals(2, launcher.run());

        assertTrue(Files.isDirectory(data.resolve("logs")), "the launcher got as far as its data directory");
        assertTrue(Files.exists(data.resolve("launcher.lock")));
        assertFalse(Files.exists(data.resolve("launcher.pid")));
    }
}
