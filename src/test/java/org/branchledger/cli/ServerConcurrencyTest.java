package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs on one server (issue 21): two processes write at the same moment, to two branches and then to one, each
 * with its own data folder; every write lands once and the audit chain stays one line.
 */
@Tag("slow")
@Tag("server")
class ServerConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesAtOnceKeepOneChain() throws Exception {
        PgCluster pg = PgCluster.require();
        String server = pg.newDatabase();
        Path village = sample("花名册-示例村.xlsx");
        Path company = sample("花名册-示例企业.xlsx");
        Path study = sample("学习记录-示例村-2026.xlsx");

        // two branches at once
        List<String> both = atOnce(server,
                List.of("import-roster", village.toString(), "--branch", "甲村党支部", "--accept-valid"),
                List.of("import-roster", company.toString(), "--branch", "乙厂党支部", "--accept-valid"));
        assertTrue(both.get(0).contains("imported=36"), both.get(0));
        assertTrue(both.get(1).contains("imported=52"), both.get(1));

        // one branch at once: the same study file from two PCs; it lands once, the second finds it there
        List<String> same = atOnce(server,
                List.of("import-study", study.toString(), "--branch", "甲村党支部", "--accept-valid"),
                List.of("import-study", study.toString(), "--branch", "甲村党支部", "--accept-valid"));
        String imported = same.stream().filter(o -> o.contains("imported=897")).findFirst().orElse("");
        assertTrue(!imported.isEmpty(), "one of them imports the file: " + same);
        // the other finds it there, or (when both planned before either wrote) is told and writes nothing
        assertTrue(same.stream().anyMatch(o -> o.contains("imported=0")), "the other wrote nothing: " + same);
        CliRun cli = new CliRun(dir.resolve("checker")).env(credentials());
        for (String output : same) {
            if (output.contains("别人刚好同时改了同一批记录")) {
                assertEquals(3, cli.run("--database", server, "import-study", study.toString(), "--branch", "甲村党支部",
                        "--accept-valid"), cli.err());
                assertTrue(cli.out().contains("imported=0"), "done again: it is all there " + cli.out());
            }
        }

        assertEquals(0, cli.run("--database", server, "verify"), cli.out() + cli.err());
        assertTrue(cli.out().contains("逐条相连"), cli.out());
        assertEquals(0, cli.run("--database", server, "members", "--branch", "甲村党支部", "--format", "csv"));
        assertEquals(37, cli.out().lines().count());
        assertEquals(0, cli.run("--database", server, "members", "--branch", "乙厂党支部", "--format", "csv"));
        assertEquals(53, cli.out().lines().count());
    }

    /** Starts both commands as processes of their own, each with its own data folder, and waits for both. */
    private List<String> atOnce(String server, List<String> first, List<String> second) throws Exception {
        List<Process> running = new ArrayList<>();
        int n = 0;
        for (List<String> args : List.of(first, second)) {
            List<String> command = new ArrayList<>(org.branchledger.bench.ChildJvm.command("org.branchledger.Main",
                    "--data", dir.resolve("pc" + (++n)).toString(), "--database", server));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(credentials());
            running.add(pb.start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process p : running) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), output);
            assertTrue(p.exitValue() == 0 || p.exitValue() == 3 || p.exitValue() == 4 && output.contains("别人刚好同时改了"),
                    p.exitValue() + ": " + output);
            outputs.add(output);
        }
        return outputs;
    }

    private static Map<String, String> credentials() {
        return Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER, "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD);
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
