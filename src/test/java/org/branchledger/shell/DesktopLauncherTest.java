package org.branchledger.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's real start, in a JVM of its own (JavaFX starts once per JVM): with and without a password,
 * the main window becomes usable (the start-up probe prints READY and closes it) and the process ends.
 */
@org.junit.jupiter.api.Tag("window")
class DesktopLauncherTest {
    @TempDir
    Path dir;

    @Test
    void startsToAUsableWindowWithoutAPassword() throws Exception {
        Path data = dir.resolve("data");
        try (App app = App.open(new DataFolder(data))) {
            app.demo().create("红旗村党支部（示范）", 8, 2026);
        }
        Run run = start(data, null);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("READY"), run.output());
    }

    @Test
    void startsToAUsableWindowAfterThePasswordIsGiven() throws Exception {
        Path data = dir.resolve("data");
        try (App app = App.open(new DataFolder(data))) {
            app.demo().create("红旗村党支部（示范）", 8, 2026);
            app.passwords().change(null, "hongqi2026".toCharArray());
        }
        Run run = start(data, "hongqi2026");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("READY"), "JavaFX must not end between the password and the window: "
                + run.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run start(Path data, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(org.branchledger.bench.ChildJvm.SHORT_LIVED);
        command.addAll(List.of("-Dbranchledger.startupProbe=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), LauncherChild.class.getName(), data.toString()));
        if (password != null) {
            command.add(password);
        }
        Path log = Files.createTempFile(data.getParent(), "launcher", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8) + (ended ? "" : "\n(no end within 60 s)");
        return new Run(ended ? p.exitValue() : -1, output);
    }
}
