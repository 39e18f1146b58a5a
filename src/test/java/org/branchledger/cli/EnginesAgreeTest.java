package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commands on the samples give the same answers on the data folder's H2 file and on a PostgreSQL server
 * (issue 21: "behave identically"); the server's audit chain verifies.
 */
@Tag("server")
class EnginesAgreeTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesGiveTheSameAnswersOnBothEngines() throws Exception {
        PgCluster pg = PgCluster.require();
        Path roster = sample("花名册-示例村.xlsx");
        Path study = sample("学习记录-示例村-2026.xlsx");
        List<String> onH2 = session(new CliRun(dir.resolve("h2")), List.of(), roster, study);
        String server = pg.newDatabase();
        CliRun onServer = new CliRun(dir.resolve("local")).env(Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
                "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD));
        List<String> onPg = session(onServer, List.of("--database", server), roster, study);
        // the head file beside the folder's database file is one more anchor there; a server has none
        assertEquals(onH2.subList(0, 5), onPg.subList(0, 5));
        assertEquals(onH2.get(5).lines().findFirst(), onPg.get(5).lines().findFirst(), "verify: the same whole chain");
        assertTrue(onPg.get(5).startsWith("0\n"), onPg.get(5));
        assertEquals(new String(getClass().getResourceAsStream("/samples/expected/学时-示例村-2026.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).strip(), onPg.get(3).substring(2).strip(), "hours as expected on the server");
    }

    @Test
    void theDemoBranchItsLedgersAndItsPackageOnTheServer() throws Exception {
        PgCluster pg = PgCluster.require();
        CliRun cli = new CliRun(dir.resolve("local")).env(Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
                "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD));
        List<String> global = List.of("--database", pg.newDatabase());
        run(cli, global, 0, "demo", "--members", "40", "--sessions", "30");
        String branch = "示例村党支部";
        run(cli, global, 0, "branch", "list");
        for (String kind : List.of("roster", "attendance", "hours", "meetings", "notes", "pledges", "appraisal", "pack")) {
            Path out = dir.resolve(kind + ".pdf");
            run(cli, global, 0, "ledger", kind, "--year", "2026", "--out", out.toString());
            assertTrue(Files.size(out) > 1000, kind);
        }
        Path pkg = dir.resolve("demo.blpkg");
        run(cli, global, 0, "export-branch", "--out", pkg.toString());
        run(cli, global, 0, "overview", "--year", "2026", "--format", "csv");
        CliRun township = new CliRun(dir.resolve("township"));
        run(township, List.of(), 0, "import-branch", pkg.toString());
        assertEquals(0, township.run("members", "--format", "json"));
        String onTownship = township.out();
        run(cli, global, 0, "members", "--format", "json");
        assertEquals(onTownship, cli.out(), "a package made on the server holds what the server holds");
        assertTrue(run(cli, global, 0, "verify").startsWith("0"));
    }

    @Test
    void aDataFolderMovesOntoAnEmptyServerWithItsTrail() throws Exception {
        PgCluster pg = PgCluster.require();
        Map<String, String> login = Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
                "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD);
        CliRun folder = new CliRun(dir.resolve("folder")).env(login);
        run(folder, List.of(), 0, "demo", "--members", "40", "--sessions", "30");
        String server = pg.newDatabase();
        String said = run(folder, List.of(), 0, "migrate-to", "--database", server);
        assertTrue(said.contains("逐表核对与原数据一致"), said);
        CliRun onServer = new CliRun(dir.resolve("local")).env(login);
        for (List<String> query : List.of(List.of("members", "--all", "--format", "json"),
                List.of("hours", "--year", "2026"), List.of("overview", "--year", "2026"),
                List.of("branch", "list"))) {
            String here = run(folder, List.of(), 0, query.toArray(String[]::new));
            String there = run(onServer, List.of("--database", server), 0, query.toArray(String[]::new));
            assertEquals(here, there, String.join(" ", query));
        }
        String verified = run(onServer, List.of("--database", server), 0, "verify");
        assertTrue(verified.startsWith("0") && verified.contains("逐条相连"), verified);
        // the copied trail goes on: a change on the server chains onto the folder's last entry
        run(onServer, List.of("--database", server), 0, "branch", "set", "红旗村党支部（示范）", "--phone", "0571-7654321");
        assertTrue(run(onServer, List.of("--database", server), 0, "verify").contains("逐条相连"));
        assertEquals(2, folder.run("migrate-to", "--database", server));
        assertTrue(folder.err().contains("已经有数据"), folder.err());
    }

    private static List<String> session(CliRun cli, List<String> global, Path roster, Path study) {
        List<String> outputs = new ArrayList<>();
        outputs.add(run(cli, global, 3, "import-roster", roster.toString(), "--branch", "示例村党支部", "--accept-valid"));
        outputs.add(run(cli, global, 3, "import-study", study.toString(), "--branch", "示例村党支部", "--accept-valid"));
        outputs.add(run(cli, global, 0, "members", "--format", "json"));
        outputs.add(run(cli, global, 0, "hours", "--year", "2026"));
        outputs.add(run(cli, global, 3, "import-roster", roster.toString(), "--branch", "示例村党支部", "--accept-valid",
                "--dry-run"));
        outputs.add(run(cli, global, 0, "verify"));
        return outputs;
    }

    private static String run(CliRun cli, List<String> global, int expectedCode, String... args) {
        List<String> all = new ArrayList<>(global);
        all.addAll(List.of(args));
        int code = cli.run(all.toArray(String[]::new));
        assertTrue(code == expectedCode || code == 0, String.join(" ", args) + " -> " + code + "\n" + cli.err());
        return code + "\n" + cli.out();
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
