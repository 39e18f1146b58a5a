package org.branchledger.township;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchRepository;
import org.branchledger.core.UserError;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.notes.ReadingNote;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeCategory;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterField;
import org.branchledger.study.SelfStudy;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.Engines.OnBothEngines;

/** Receiving at the township: a newer package replaces the branch whole; everything else is refused, nothing written. */
@org.junit.jupiter.api.Tag("slow")
@OnBothEngines
class TownshipReceivingTest {
    private static final int YEAR = LocalDate.now().getYear();
    private static final String EAST = "东风村党支部";
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    private Path branchData;
    private Path townshipData;
    private CliRun branch;
    private CliRun township;

    @BeforeEach
    void aBranchAndATownship() throws Exception {
        branchData = dir.resolve("branch");
        townshipData = dir.resolve("township");
        try (App app = Packages.open(branchData)) {
            app.demo().create(EAST, 12, YEAR);
        }
        branch = new CliRun(branchData);
        township = new CliRun(townshipData);
    }

    private Path export(String name) {
        Path pkg = dir.resolve(name);
        assertEquals(0, branch.run("export-branch", "--out", pkg.toString()), branch.err());
        return pkg;
    }

    @Test
    void aNewerPackageReplacesTheBranchAndTellsExactlyWhatChanged() throws Exception {
        Path first = export("一月.blpkg");
        assertEquals(0, township.run("import-branch", first.toString()), township.err());

        String leaver;
        String content = "年底前修通村东组 300 米入户路，方便群众出行";
        try (App app = Packages.open(branchData)) {
            Branch b = app.branches().resolve(EAST);
            Member gone = app.roster().members(b.id()).stream().filter(Member::current).reduce((x, y) -> y).orElseThrow();
            leaver = gone.name();
            app.roster().leave(gone, "转出", PartialDate.of(LocalDate.now()));
            Map<RosterField, String> values = new EnumMap<>(RosterField.class);
            values.put(RosterField.NAME, "新党员");
            values.put(RosterField.ID_NUMBER, idNumber("11010519800101001"));
            values.put(RosterField.JOINED_ON, LocalDate.now().minusMonths(2).toString()); // 预备党员: not graded
            assertTrue(app.roster().save(b.id(), null, values).ok());
            app.pledges().save(Pledge.draft(b.id(), null, PledgeCategory.of(true).get(0), null, content, "分两段施工",
                    "村支书", LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 1, 5)));
        }
        Path second = export("二月.blpkg");
        assertEquals(0, township.run("import-branch", second.toString()), township.err());
        String out = township.out();
        assertTrue(out.contains("整体替换了"), out);
        assertTrue(out.contains("新增党员 1 人: 新党员"), out);
        assertTrue(out.contains("减少党员 1 人: " + leaver), out);
        assertTrue(out.contains("新增承诺 1 项: 支部：" + content), out);
        assertFalse(out.contains("民主评议"), "the appraisal did not change: " + out);

        assertEquals(0, branch.run("overview", "--year", "" + YEAR));
        String atBranch = branch.out().lines().skip(1).findFirst().orElseThrow();
        assertEquals(0, township.run("overview", "--year", "" + YEAR));
        String atTownship = township.out().lines().skip(1).findFirst().orElseThrow();
        assertEquals(withoutSource(atBranch), withoutSource(atTownship), "the township sees what the branch sees");
        assertTrue(atTownship.contains(",上报,"), atTownship);

        assertEquals(0, township.run("members"));
        assertTrue(township.out().contains("新党员"), "the new member arrived");
        assertEquals(0, township.run("import-branch", second.toString()));
        assertTrue(township.out().contains("已经接收过，未作改动"), township.out());
    }

    @Test
    void manyPackagesAreReceivedInOneRunAndARefusedOneDoesNotStopTheOthers() throws Exception {
        Path east = export("东风.blpkg");
        Path west = dir.resolve("西山.blpkg");
        CliRun other = new CliRun(dir.resolve("west"));
        try (App app = Packages.open(dir.resolve("west"))) {
            app.demo().create("西山村党支部", 6, YEAR);
        }
        assertEquals(0, other.run("export-branch", "--out", west.toString()), other.err());
        Path broken = dir.resolve("坏的.blpkg");
        Files.writeString(broken, "不是数据包");

        assertEquals(2, township.run("import-branch", east.toString(), broken.toString(), west.toString()));
        assertTrue(township.err().contains("坏的.blpkg"), township.err());
        assertTrue(township.out().contains("已接收“东风村党支部”") && township.out().contains("已接收“西山村党支部”"),
                township.out());
        assertTrue(township.out().contains("共接收 2 个数据包，1 个未接收"), township.out());
        assertEquals(0, township.run("overview", "--year", "" + YEAR));
        assertEquals(3, township.out().lines().count(), township.out());
    }

    @Test
    void anOlderPackageIsRefusedNamingBothDatesAndNothingIsWritten() throws Exception {
        Path older = export("旧.blpkg");
        Thread.sleep(5);
        Path newer = export("新.blpkg");
        assertEquals(0, township.run("import-branch", newer.toString()), township.err());
        String before = Packages.digest(townshipData);
        assertEquals(2, township.run("import-branch", older.toString()));
        String made = made(older).format(WHEN);
        String held = made(newer).format(WHEN);
        assertTrue(township.err().contains(made) && township.err().contains(held) && township.err().contains("更早"),
                township.err());
        assertEquals(1, township.err().lines().count(), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    @Test
    void aTamperedPackageIsRefusedWithNothingWritten() throws Exception {
        Path pkg = export("东风村.blpkg");
        String before = Packages.digest(townshipData);
        Path row = Packages.rewrite(pkg, dir.resolve("改了一行.blpkg"), "tables/member.jsonl",
                s -> s.replaceFirst("\"name\":\"[^\"]+\"", "\"name\":\"张冒名\""));
        assertEquals(2, township.run("import-branch", row.toString()));
        assertEquals("改了一行.blpkg: 数据包已被改动或损坏(tables/member.jsonl 的校验和不符)，未写入任何数据", township.err().strip());

        Path manifest = Packages.rewrite(pkg, dir.resolve("改了清单.blpkg"), PackageManifest.ENTRY,
                s -> s.replaceFirst("rows.member=\\d+", "rows.member=999"));
        assertEquals(2, township.run("import-branch", manifest.toString()));
        assertTrue(township.err().contains("manifest.properties 的校验和不符"), township.err());

        Path notZip = dir.resolve("不是数据包.blpkg");
        Files.writeString(notZip, "东风村党支部 花名册");
        assertEquals(2, township.run("import-branch", notZip.toString()));
        assertTrue(township.err().contains("不是支部台账的数据包"), township.err());
        assertEquals(2, township.run("import-branch", dir.resolve("没有这个文件.blpkg").toString()));
        assertTrue(township.err().contains("文件不存在"), township.err());
        assertFalse(township.err().contains("Exception"), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    @Test
    void aPackageFromANewerProgramIsRefusedWithNothingWritten() throws Exception {
        Path pkg = export("东风村.blpkg");
        String before = Packages.digest(townshipData);
        Path schema = Packages.rewriteManifest(pkg, dir.resolve("新版本.blpkg"), s -> s.replaceFirst("schemaVersion=\\d+",
                "schemaVersion=999").replace("appVersion=dev", "appVersion=9.0.0"));
        assertEquals(2, township.run("import-branch", schema.toString()));
        assertEquals("新版本.blpkg: 这个数据包来自较新版本的支部台账(9.0.0)，本程序读不了。请先升级程序，未写入任何数据",
                township.err().strip());
        Path format = Packages.rewriteManifest(pkg, dir.resolve("新格式.blpkg"), s -> s.replace("format=1", "format=2"));
        assertEquals(2, township.run("import-branch", format.toString()));
        assertTrue(township.err().contains("较新版本"), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    @Test
    void aRowThisProgramCannotTakeIsNamedAndNothingIsWritten() throws Exception {
        Path pkg = export("东风村.blpkg");
        String before = Packages.digest(townshipData);
        Map<String, byte[]> entries = Packages.entries(pkg);
        String members = new String(entries.get("tables/member.jsonl"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"joined_on\":(\"[^\"]*\"|null)", "\"joined_on\":\"1985-03\",\"shoe_size\":\"42\"")
                .replaceFirst("\"name\":\"[^\"]+\"", "\"name\":null");
        Path rewritten = rewriteTable(pkg, dir.resolve("坏行2.blpkg"), "tables/member.jsonl", members);
        assertEquals(2, township.run("import-branch", rewritten.toString()));
        assertTrue(township.err().contains("tables/member.jsonl 第 1 行 shoe_size: 本程序不认识这一列"), township.err());
        assertTrue(township.err().contains("tables/member.jsonl 第 1 行 name: 不能为空"), township.err());
        assertTrue(township.err().contains("未写入任何数据"), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    /** A package whose table is replaced, with the part's size and checksum and the manifest's made again to fit. */
    private static Path rewriteTable(Path pkg, Path out, String entry, String rows) throws Exception {
        byte[] bytes = rows.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path step = Packages.rewrite(pkg, out.resolveSibling("step-" + out.getFileName()), entry, s -> rows);
        return Packages.rewriteManifest(step, out, m -> {
            String part = m.lines().filter(l -> l.endsWith(".name=" + entry)).findFirst().orElseThrow();
            String prefix = part.substring(0, part.indexOf(".name="));
            return m.lines().map(l -> l.startsWith(prefix + ".size=") ? prefix + ".size=" + bytes.length
                    : l.startsWith(prefix + ".sha256=") ? prefix + ".sha256=" + PackageArchive.sha256(bytes) : l)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        });
    }

    @Test
    void aFailureHalfWayThroughReceivingLeavesTheTownshipsDataAsItWas() throws Exception {
        Path first = export("一月.blpkg");
        assertEquals(0, township.run("import-branch", first.toString()), township.err());
        try (App app = Packages.open(branchData)) {
            Branch b = app.branches().resolve(EAST);
            app.roster().leave(app.roster().members(b.id()).stream().filter(Member::current).findFirst().orElseThrow(),
                    "去世", PartialDate.of(LocalDate.now()));
        }
        Path second = export("二月.blpkg");
        String before = Packages.digest(townshipData);
        try (App app = Packages.open(townshipData)) {
            PackageReceiving killed = receiving(app, "reading_note");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> killed.receive(second, null));
            assertEquals("killed after reading_note", e.getMessage());
            Branch b = app.branches().resolve(EAST);
            assertEquals(12, app.roster().counts(b.id()).current(), "the old package's roster, whole");
        }
        assertEquals(before, Packages.digest(townshipData), "every row as it was");
        assertEquals(0, township.run("import-branch", second.toString()), "and the package is received later");
        assertTrue(township.out().contains("减少党员 1 人"), township.out());

        Path other = dir.resolve("other");
        try (App app = Packages.open(other)) {
            app.demo().create("西山村党支部", 5, YEAR);
        }
        Path west = dir.resolve("西山村.blpkg");
        assertEquals(0, new CliRun(other).run("export-branch", "--out", west.toString()));
        String withEast = Packages.digest(townshipData);
        try (App app = Packages.open(townshipData)) {
            assertThrows(IllegalStateException.class, () -> receiving(app, "member").receive(west, null));
            assertEquals(1, app.branches().all().size(), "a new branch half received is no branch");
        }
        assertEquals(withEast, Packages.digest(townshipData));
    }

    private static PackageReceiving receiving(App app, String failAfter) {
        return new PackageReceiving(org.branchledger.AppInternals.database(app), new ReceivedBranchRepository(), new BranchRepository(),
                new BranchStandings(app.roster(), app.study(), app.pledges(), app.notes(), app.appraisal()),
                app.folder().path(), app.pages(), app.todayClock(), table -> {
                    if (table.equals(failAfter)) {
                        throw new IllegalStateException("killed after " + table);
                    }
                });
    }

    @Test
    void receivedDataIsReadOnlyAtTheTownship() throws Exception {
        assertEquals(0, township.run("import-branch", export("东风村.blpkg").toString()), township.err());
        String before = Packages.digest(townshipData);
        try (App app = Packages.open(townshipData)) {
            Branch b = app.branches().resolve(EAST);
            Member m = app.roster().members(b.id()).get(0);
            ReadingNote note = app.notes().notes(b.id(), YEAR).get(0);
            Pledge pledge = app.pledges().views(b.id(), YEAR).get(0).pledge();
            List<org.junit.jupiter.api.function.Executable> edits = List.of(
                    () -> app.roster().save(b.id(), m, Map.of(RosterField.NAME, m.name(), RosterField.ID_NUMBER, m.idNumber())),
                    () -> app.roster().leave(m, "转出", PartialDate.of(LocalDate.now())),
                    () -> app.study().addSelfStudy(b.id(), new SelfStudy(null, m.id(), LocalDate.now(), "党章", 20)),
                    () -> app.study().saveSettings(b.id(), YEAR, app.study().settings(b.id(), YEAR)),
                    () -> app.notes().review(note.id(), "乡镇", LocalDate.now(), "好", org.branchledger.notes.Grade.values()[0]),
                    () -> app.pledges().save(pledge),
                    () -> app.pledges().addComment(b.id(), LocalDate.now(), "镇党委书记", "抓紧落实"),
                    () -> app.appraisal().saveRound(app.appraisal().round(b.id(), YEAR)),
                    () -> app.branches().update(b));
            for (var edit : edits) {
                UserError e = assertThrows(UserError.class, edit);
                assertTrue(e.getMessage().startsWith("“" + EAST + "”是乡镇接收的上报数据"), e.getMessage());
            }
        }
        assertEquals(before, Packages.digest(townshipData));
        Path sheet = dir.resolve("花名册.csv");
        Files.writeString(sheet, "姓名,公民身份号码\n新党员," + idNumber("11010519800101001") + "\n");
        assertEquals(2, township.run("import-roster", sheet.toString(), "--branch", EAST));
        assertTrue(township.err().contains("上报数据"), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    @Test
    void aPackageOfABranchKeptHereOrNamedLikeAnotherIsRefused() throws Exception {
        Path pkg = export("东风村.blpkg");
        String own = Packages.digest(branchData);
        assertEquals(2, branch.run("import-branch", pkg.toString()));
        assertTrue(branch.err().contains("本机自己建立的支部“" + EAST + "”"), branch.err());
        assertEquals(own, Packages.digest(branchData));

        assertEquals(0, township.run("branch", "add", EAST));
        String before = Packages.digest(townshipData);
        assertEquals(2, township.run("import-branch", pkg.toString()));
        assertTrue(township.err().contains("另一个名为“" + EAST + "”的支部"), township.err());
        assertEquals(before, Packages.digest(townshipData));
    }

    private static LocalDateTime made(Path pkg) throws Exception {
        String m = Packages.text(pkg, PackageManifest.ENTRY);
        String line = m.lines().filter(l -> l.startsWith("madeAt=")).findFirst().orElseThrow();
        return LocalDateTime.parse(line.substring("madeAt=".length()).replace("\\:", ":"));
    }

    private static String withoutSource(String csvLine) {
        String[] cells = csvLine.split(",", -1);
        cells[1] = "";
        cells[11] = "";
        return String.join(",", cells);
    }

    private static String idNumber(String first17) {
        return first17 + IdNumber.checkDigit(first17);
    }
}
