package org.branchledger.township;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.text.Json;
import org.branchledger.notes.AttachmentStore;
import org.branchledger.notes.ReadingNote;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.Engines.OnBothEngines;

/** {@code export-branch} at a branch, {@code import-branch} at the township: the same records arrive, and only them. */
@org.junit.jupiter.api.Tag("slow")
@OnBothEngines
class BranchPackageTest {
    private static final int YEAR = LocalDate.now().getYear();
    private static final String EAST = "东风村党支部";
    private static final String RED = "红旗村党支部";

    @TempDir
    Path dir;

    @Test
    void theTownshipGetsTheSameCountsAndLedgersAsTheBranchAndNoOtherBranch() throws Exception {
        Path branchData = dir.resolve("branch");
        try (App app = Packages.open(branchData)) {
            app.demo().create(EAST, 14, YEAR);
            app.demo().create(RED, 9, YEAR);
        }
        CliRun branch = new CliRun(branchData);
        CliRun township = new CliRun(dir.resolve("township"));
        Path pkg = dir.resolve("东风村.blpkg");
        assertEquals(0, branch.run("export-branch", "--branch", EAST, "--out", pkg.toString()), branch.err());
        assertTrue(branch.out().startsWith("已导出“" + EAST + "”的数据包"), branch.out());
        assertTrue(branch.out().matches("(?s).*校验码 [0-9A-F]{8}\\s*"), branch.out());

        assertEquals(0, township.run("import-branch", pkg.toString()), township.err());
        assertTrue(township.out().contains("已接收“" + EAST + "”: 新增支部"), township.out());
        assertTrue(township.out().contains("当前党员 14 人"), township.out());

        for (List<String> command : List.of(List.of("members"), List.of("hours", "--year", "" + YEAR),
                List.of("notes", "--year", "" + YEAR), List.of("pledges", "--year", "" + YEAR),
                List.of("appraisal", "--year", "" + YEAR))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--branch", EAST))
                    .toArray(String[]::new);
            assertEquals(0, branch.run(args), branch.err());
            assertEquals(0, township.run(args), township.err());
            assertEquals(branch.out(), township.out(), String.join(" ", command));
        }
        for (String kind : List.of("roster", "attendance", "hours", "meetings", "notes", "pledges", "appraisal", "pack")) {
            assertEquals(0, branch.run("ledger", kind, "--year", "" + YEAR, "--branch", EAST, "--out",
                    dir.resolve("b-" + kind + ".pdf").toString()), branch.err());
            assertEquals(0, township.run("ledger", kind, "--year", "" + YEAR, "--branch", EAST, "--out",
                    dir.resolve("t-" + kind + ".pdf").toString()), township.err());
            assertEquals(code(branch.out()), code(township.out()), "the same ledger, the same code: " + kind);
        }

        assertEquals(0, township.run("branch", "list"));
        assertEquals(2, township.out().lines().count(), "one branch arrived:\n" + township.out());
        long eastId;
        int rosterRows;
        try (App app = Packages.open(branchData)) {
            eastId = app.branches().resolve(EAST).id();
            rosterRows = app.roster().members(eastId).size();
        }
        for (String entry : Packages.entries(pkg).keySet()) {
            if (entry.startsWith("tables/") && !entry.equals("tables/branch.jsonl")) {
                for (String line : Packages.text(pkg, entry).lines().toList()) {
                    assertEquals(String.valueOf(eastId), Json.parseFlat(line).get("branch_id"), entry + ": " + line);
                }
            }
        }
        String manifest = Packages.text(pkg, PackageManifest.ENTRY);
        assertTrue(manifest.contains("rows.member=" + rosterRows), "the roster with its history: " + manifest);
        assertTrue(manifest.contains("auditHead="), "the branch's audit head travels: " + manifest);
        assertFalse(Packages.entries(pkg).containsKey("tables/print_log.jsonl"), "print records stay where they were made");
    }

    @Test
    void aPackageOfOneYearHoldsTheWholeRosterAndOnlyThatYearsRecords() throws Exception {
        Path branchData = dir.resolve("branch");
        int rosterRows;
        try (App app = Packages.open(branchData)) {
            Branch b = app.demo().create(EAST, 10, YEAR - 1).branch();
            rosterRows = app.roster().members(b.id()).size();
        }
        CliRun branch = new CliRun(branchData);
        Path pkg = dir.resolve("东风村-今年.blpkg");
        assertEquals(0, branch.run("export-branch", "--year", "" + YEAR, "--out", pkg.toString()), branch.err());
        String manifest = Packages.text(pkg, PackageManifest.ENTRY);
        assertTrue(manifest.contains("year=" + YEAR), manifest);
        assertTrue(manifest.contains("rows.member=" + rosterRows), manifest);
        assertTrue(manifest.contains("rows.study_session=0") && manifest.contains("rows.attendance=0")
                && manifest.contains("rows.appraisal_entry=0") && manifest.contains("rows.reading_note=0"), manifest);

        Path last = dir.resolve("东风村-去年.blpkg");
        assertEquals(0, branch.run("export-branch", "--year", "" + (YEAR - 1), "--out", last.toString()), branch.err());
        String lastYear = Packages.text(last, PackageManifest.ENTRY);
        assertFalse(lastYear.contains("rows.study_session=0"), lastYear);
        assertFalse(lastYear.contains("rows.attendance=0"), lastYear);
    }

    @Test
    void aPasswordProtectsEveryPartAndIsNeededToReceive() throws Exception {
        Path branchData = dir.resolve("branch");
        try (App app = Packages.open(branchData)) {
            app.demo().create(EAST, 6, YEAR);
        }
        CliRun branch = new CliRun(branchData).env(Map.of("BRANCH_LEDGER_PACKAGE_PASSWORD", "东风2026"));
        Path pkg = dir.resolve("东风村.blpkg");
        assertEquals(0, branch.run("export-branch", "--password", "--out", pkg.toString()), branch.err());
        assertTrue(branch.out().contains("已设密码"), branch.out());
        String manifest = Packages.text(pkg, PackageManifest.ENTRY);
        assertTrue(manifest.contains("encrypted=true") && !manifest.contains("branchName"), manifest);
        assertFalse(Packages.text(pkg, "tables/member.jsonl").contains("id_number"), "rows are not readable");
        assertEquals(2, new CliRun(branchData).run("export-branch", "--password", "--out", pkg.toString()),
                "no password given: nothing exported");

        Path townshipData = dir.resolve("township");
        CliRun township = new CliRun(townshipData);
        assertEquals(2, township.run("import-branch", pkg.toString()));
        assertTrue(township.err().contains("设了密码"), township.err());
        assertEquals(2, township.env(Map.of("BRANCH_LEDGER_PACKAGE_PASSWORD", "东风2025")).run("import-branch", pkg.toString()));
        assertTrue(township.err().contains("密码不对"), township.err());
        assertEquals(0, township.run("branch", "list"));
        assertEquals(1, township.out().lines().count(), "nothing received: " + township.out());
        assertEquals(0, township.env(Map.of("BRANCH_LEDGER_PACKAGE_PASSWORD", "东风2026")).run("import-branch", pkg.toString()),
                township.err());
        assertTrue(township.out().contains("当前党员 6 人"), township.out());
    }

    @Test
    void scannedPagesTravelOnlyWhenAskedFor() throws Exception {
        Path branchData = dir.resolve("branch");
        byte[] scan = "%PDF-1.4 扫描的笔记第一页".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String title;
        try (App app = Packages.open(branchData)) {
            Branch b = app.demo().create(EAST, 6, YEAR).branch();
            ReadingNote note = app.notes().notes(b.id(), YEAR).get(0);
            title = note.title();
            Path source = dir.resolve("第一页.pdf");
            Files.write(source, scan);
            new AttachmentStore(app.notes(), app.pages()).store(b.id(), note.id(), source);
        }
        CliRun branch = new CliRun(branchData);
        Path plain = dir.resolve("无扫描件.blpkg");
        assertEquals(0, branch.run("export-branch", "--out", plain.toString()), branch.err());
        assertFalse(Packages.entries(plain).keySet().stream().anyMatch(e -> e.startsWith("pages/")));
        assertFalse(Packages.entries(plain).containsKey("tables/note_attachment.jsonl"));

        Path withPages = dir.resolve("带扫描件.blpkg");
        assertEquals(0, branch.run("export-branch", "--with-pages", "--out", withPages.toString()), branch.err());
        assertTrue(Packages.entries(withPages).keySet().stream().anyMatch(e -> e.startsWith("pages/attachments/")));

        Path townshipData = dir.resolve("township");
        Path leftover = townshipData.resolve("attachments/received/deadbeef-20261201-101500-000/7/第一页.pdf");
        Files.createDirectories(leftover.getParent());
        Files.write(leftover, scan); // a receiving killed after copying its scans, before its transaction
        assertEquals(0, new CliRun(townshipData).run("import-branch", withPages.toString()));
        assertFalse(Files.exists(leftover.getParent().getParent()), "scans no record points at are removed");
        try (App app = Packages.open(townshipData)) {
            Branch b = app.branches().resolve(EAST);
            ReadingNote note = app.notes().notes(b.id(), YEAR).stream().filter(n -> n.title().equals(title))
                    .filter(n -> !app.notes().attachments(n.id()).isEmpty()).findFirst().orElseThrow();
            var page = app.notes().attachments(note.id()).get(0);
            assertTrue(page.storedPath().startsWith("attachments/received/"), page.storedPath());
            assertEquals(java.util.Arrays.toString(scan),
                    java.util.Arrays.toString(new AttachmentStore(app.notes(), app.pages()).read(page)));
        }
    }

    private static String code(String out) {
        return out.substring(out.indexOf("校验码")).strip();
    }
}
