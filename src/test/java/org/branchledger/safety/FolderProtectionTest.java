package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 part 2: what lies in the data folder besides the (encrypted) database is protected too. */
class FolderProtectionTest {
    @TempDir
    Path dir;

    private static List<Path> traceFiles(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".trace.db")).toList();
        }
    }

    @Test
    void aFailedStatementLeavesNoPlainTraceFileAndAnOldOneIsRemovedAtOpen() throws Exception {
        // The control: H2's default writes the failed statement, with its values, into a plain trace file.
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("x").toAbsolutePath(), "sa", "")) {
            assertThrows(java.sql.SQLException.class,
                    () -> c.createStatement().execute("INSERT INTO no_such_table VALUES ('张三丰')"));
        }
        assertEquals(1, traceFiles(plain).size(), "without the setting H2 writes a trace file");

        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "5"), cli.err());
        Files.writeString(data.resolve("branch-ledger.trace.db"), "INSERT INTO member VALUES ('张三丰')");
        assertEquals(0, cli.run("members"), cli.err());
        assertEquals(List.of(), traceFiles(data), "a trace file an older build left is deleted at open");

        try (Database db = Database.open(new DataFolder(data))) {
            assertThrows(RuntimeException.class,
                    () -> db.dsl().execute("INSERT INTO no_such_table VALUES ('张三丰')"));
            assertThrows(RuntimeException.class,
                    () -> db.dsl().execute("INSERT INTO member (id) VALUES ('not a number 张三丰')"));
        }
        assertEquals(List.of(), traceFiles(data));
    }
}
