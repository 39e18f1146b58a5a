package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterField;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** Ledgers printed through the real command line and read back with PDFBox. */
@OnBothEngines
class LedgerServiceTest {
    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    private static List<String> pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    private List<Member> demo(int members) throws Exception {
        assertEquals(0, cli.run("demo", "--members", String.valueOf(members), "--year", "2026"));
        try (App app = TestApps.open(dir.resolve("data"))) {
            return app.roster().members(app.branches().resolve(null).id()).stream().filter(Member::current).toList();
        }
    }

    @Test
    void theRosterPrintsEveryMemberWithMaskedIdsAndPageNumbers() throws Exception {
        List<Member> members = demo(60);
        Path pdf = dir.resolve("花名册.pdf");
        assertEquals(0, cli.run("ledger", "roster", "--year", "2026", "--out", pdf.toString()));
        List<String> pages = pages(pdf);
        assertTrue(pages.size() >= 3, "60 members need several pages");
        String all = String.join("\n", pages);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("党员花名册"), "title on page " + (i + 1));
            assertTrue(page.contains("公民身份号码"), "header repeated on page " + (i + 1));
            assertTrue(page.contains("第 " + (i + 1) + " 页 共 " + pages.size() + " 页"), page);
            assertTrue(page.contains("填表人") && page.contains("支部书记") && page.contains("打印日期"));
            assertTrue(page.matches("(?s).*校验码[:：] ?[0-9A-Z]{4}-[0-9A-Z]{4}.*"));
        }
        for (Member m : members) {
            assertTrue(all.contains(m.name()), m.name());
            assertFalse(all.contains(m.idNumber()), "ID numbers are masked");
            assertTrue(all.contains(m.idNumber().substring(0, 6) + "********" + m.idNumber().substring(14)));
            assertFalse(m.mobile() != null && all.contains(m.mobile()), "phones are masked");
        }
        assertTrue(all.contains("合计 60 人"), "counts at the foot");

        Path full = dir.resolve("花名册-完整.pdf");
        assertEquals(0, cli.run("ledger", "roster", "--year", "2026", "--full-ids", "--out", full.toString()));
        String fullText = String.join("\n", pages(full));
        members.forEach(m -> assertTrue(fullText.contains(m.idNumber()), m.name()));
    }

    @Test
    void verifySaysConsistentThenNamesWhatChanged() throws Exception {
        List<Member> members = demo(20);
        Path pdf = dir.resolve("花名册.pdf");
        assertEquals(0, cli.run("ledger", "roster", "--year", "2026", "--out", pdf.toString()));
        assertEquals(0, cli.run("verify", pdf.toString()));
        assertTrue(cli.out().startsWith("一致"), cli.out());

        Member someone = members.get(3);
        try (App app = TestApps.open(dir.resolve("data"))) {
            Map<RosterField, String> values = new java.util.EnumMap<>(RosterField.class);
            values.put(RosterField.NAME, someone.name());
            values.put(RosterField.ID_NUMBER, someone.idNumber());
            values.put(RosterField.MOBILE, "13912345678");
            assertTrue(app.roster().save(someone.branchId(), someone, values).ok());
        }
        assertEquals(5, cli.run("verify", pdf.toString()));
        assertTrue(cli.out().startsWith("不一致"), cli.out());
        assertTrue(cli.out().contains("修改党员“" + someone.name() + "”") && cli.out().contains("手机号"), cli.out());
    }

    @Test
    void thePackHasCoverContentsAndContinuousNumbering() throws Exception {
        demo(12);
        Path pdf = dir.resolve("督查材料包.pdf");
        assertEquals(0, cli.run("ledger", "pack", "--year", "2026", "--out", pdf.toString()));
        List<String> pages = pages(pdf);
        assertTrue(pages.get(0).contains("督查材料包") && pages.get(0).contains("红旗村党支部"));
        assertTrue(pages.get(1).contains("目录") && pages.get(1).contains("党员花名册"));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("第 " + (i + 1) + " 页 共 " + pages.size() + " 页"));
        }
        assertTrue(pages.get(2).contains("党员花名册"), "the roster starts after the contents");
        assertEquals(0, cli.run("verify", pdf.toString()));
        assertEquals(0, cli.run("ledger", "pack", "--year", "2026", "--out", dir.resolve("pack.xlsx").toString()));
        assertTrue(Files.size(dir.resolve("pack.xlsx")) > 0);
    }

    @Test
    void badRequestsExitTwo() throws Exception {
        demo(5);
        assertEquals(2, cli.run("ledger", "nonsense", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(cli.err().contains("未知的台账种类"), cli.err());
        assertEquals(2, cli.run("ledger", "roster", "--out", dir.resolve("x.doc").toString()));
        assertEquals(2, cli.run("ledger", "roster"));
        Path notPdf = dir.resolve("假的.pdf");
        Files.writeString(notPdf, "hello");
        assertEquals(2, cli.run("verify", notPdf.toString()));
        assertTrue(cli.err().contains("假的.pdf"), cli.err());
    }

    @Test
    void publicNoticesNeverCarryIdsPhonesOrAddresses() {
        Branch branch = new Branch(1L, "甲村党支部", null, null, null, null, "0571-88881234");
        TableSection good = new TableSection(null, List.of(Column.of("姓名", 1), Column.of("评定等次", 1)),
                List.of(List.of("王芳", "优秀")));
        PublicNotice.check("appraisal-public", doc(good, "监督电话: 0571-88881234"), branch.phone());
        TableSection withId = new TableSection(null, List.of(Column.of("姓名", 1), Column.of("备注", 1)),
                List.of(List.of("王芳", "110105********002X")));
        assertThrows(IllegalStateException.class, () -> PublicNotice.check("x", doc(withId, ""), branch.phone()));
        TableSection withPhone = new TableSection(null, List.of(Column.of("姓名", 1), Column.of("备注", 1)),
                List.of(List.of("王芳", "联系 13812345678")));
        assertThrows(IllegalStateException.class, () -> PublicNotice.check("x", doc(withPhone, ""), branch.phone()));
        TableSection addressColumn = new TableSection(null, List.of(Column.of("姓名", 1), Column.of("家庭住址", 1)),
                List.of(List.of("王芳", "二组")));
        assertThrows(IllegalStateException.class, () -> PublicNotice.check("x", doc(addressColumn, ""), null));
    }

    private static LedgerDocument doc(TableSection table, String foot) {
        return new LedgerDocument("公示", "甲村党支部", "2026年度", Orientation.PORTRAIT,
                List.of(table, new TextSection(List.of(foot))), null);
    }

    @Test
    void changesAreDescribedInWords() {
        ChangeDescriber d = new ChangeDescriber().register("member", "党员", "name", Map.of("mobile", "手机号"));
        var e = new org.branchledger.core.audit.AuditEntry(1, java.time.LocalDateTime.of(2026, 11, 20, 14, 3), "member",
                "7", "UPDATE", "{\"name\":\"张三\",\"mobile\":\"1\",\"updated_at\":\"a\"}",
                "{\"name\":\"张三\",\"mobile\":\"2\",\"updated_at\":\"b\"}");
        assertEquals("2026-11-20 14:03 修改党员“张三”：手机号", d.describe(e));
        d.register("setting", "设置", "setting_key", Map.of("setting_value", "值"))
                .registerNames("setting", Map.of("ui.fontSize", "字号"));
        var font = new org.branchledger.core.audit.AuditEntry(2, java.time.LocalDateTime.of(2026, 11, 20, 14, 5),
                "setting", "ui.fontSize", "UPDATE", "{\"setting_key\":\"ui.fontSize\",\"setting_value\":\"NORMAL\"}",
                "{\"setting_key\":\"ui.fontSize\",\"setting_value\":\"LARGE\"}");
        assertEquals("2026-11-20 14:05 修改设置“字号”：值", d.describe(font), "a setting by what it is, not its key");
    }

}
