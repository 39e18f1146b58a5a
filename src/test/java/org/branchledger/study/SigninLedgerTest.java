package org.branchledger.study;

import static org.branchledger.testing.LedgerPdf.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 学习签到表 of a demo branch, printed through the ledger service and read back with PDFBox. */
@OnBothEngines
class SigninLedgerTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void theSheetHasTheSessionHeadAndEveryCurrentMemberWithRoomToSign() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 40, 60, YEAR);
            StudySession themeDay = app.study().sessions(branch.id(), YEAR).stream()
                    .filter(s -> s.kind() == SessionKind.THEME_DAY).findFirst().orElseThrow();
            String text = print(app, "signin", new LedgerRequest(branch, YEAR, false, themeDay.heldOn()),
                    dir.resolve("signin.pdf"));
            assertTrue(text.contains("学习签到表"), text);
            String date = themeDay.heldOn().getYear() + "年" + themeDay.heldOn().getMonthValue() + "月"
                    + themeDay.heldOn().getDayOfMonth() + "日";
            for (String head : List.of("时间: " + date, "地点: " + themeDay.place(), "形式: 主题党日",
                    "主题: " + themeDay.topic(), "主持人/授课人: " + themeDay.speaker(),
                    "学时: " + Hours.format(themeDay.hoursTenths()), "序号", "姓名", "签名", "备注")) {
                assertTrue(text.contains(head), head + " in\n" + text);
            }
            List<Member> current = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            assertEquals(40, current.size());
            for (Member m : current) {
                assertTrue(text.contains(m.name()), m.name());
            }
            app.roster().members(branch.id()).stream().filter(m -> !m.current())
                    .forEach(m -> assertFalse(text.contains(m.name()), "left the branch: " + m.name()));
            assertTrue(text.contains("流动党员") && text.contains("失联党员"), "away members are kept and marked");
            assertTrue(text.contains("应到 40 人"), text);
        }
    }

    @Test
    void aCommitteeMeetingsSheetPutsTheCommitteeFirstAndCountsThem() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 20, 30, YEAR);
            StudySession meeting = app.study().sessions(branch.id(), YEAR).stream()
                    .filter(s -> s.kind() == SessionKind.COMMITTEE_MEETING).findFirst().orElseThrow();
            String text = print(app, "signin", new LedgerRequest(branch, YEAR, false, meeting.heldOn()),
                    dir.resolve("支委会.pdf"));
            List<Member> current = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            List<Member> committee = current.stream().filter(Member::committeeMember).toList();
            assertEquals(5, committee.size());
            assertTrue(text.contains("应到 5 人(支部委员)"), text);
            assertTrue(text.contains("1 " + committee.get(0).name() + " 支部书记"), text);
            current.forEach(m -> assertTrue(text.contains(m.name()), "others may attend: " + m.name()));
        }
    }

    @Test
    void aDayPrintedWithoutNamingASessionGivesEverySheetAndADayWithoutSessionsIsAnError() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 12, 30, YEAR);
            StudySession first = app.study().sessions(branch.id(), YEAR).get(3);
            app.study().addSession(new StudySession(null, branch.id(), first.heldOn(), SessionKind.SEMINAR,
                    "专题讨论: 签到表测试", 15, "村党员活动室", "测试人"), List.of());
            String text = print(app, "signin", new LedgerRequest(branch, YEAR, false, first.heldOn()),
                    dir.resolve("two.pdf"));
            assertTrue(text.contains("第 1 场(本日共 2 场)") && text.contains("第 2 场(本日共 2 场)"), text);
            assertTrue(text.contains("专题讨论: 签到表测试") && text.contains(first.topic()), text);
            String one = print(app, "signin", new LedgerRequest(branch, YEAR, false, null)
                    .forSession(first.heldOn(), first.id()), dir.resolve("one.pdf"));
            assertTrue(one.contains(first.topic()) && !one.contains("签到表测试") && !one.contains("本日共"),
                    "a session named prints that session alone: " + one);

            List<LocalDate> held = app.study().sessions(branch.id(), YEAR).stream().map(StudySession::heldOn).toList();
            LocalDate empty = LocalDate.of(YEAR, 1, 1).datesUntil(LocalDate.of(YEAR + 1, 1, 1))
                    .filter(d -> !held.contains(d)).findFirst().orElseThrow();
            UserError e = assertThrows(UserError.class, () -> app.ledgers().print("signin",
                    new LedgerRequest(branch, YEAR, false, empty), LedgerService.Format.PDF,
                    OutputStream.nullOutputStream()));
            assertTrue(e.getMessage().contains("没有学习活动"), e.getMessage());
        }
    }

    private static LocalDate empty(Path data) throws Exception {
        try (App app = TestApps.open(data)) {
            long branch = app.branches().resolve(null).id();
            List<LocalDate> held = app.study().sessions(branch, YEAR).stream().map(StudySession::heldOn).toList();
            return LocalDate.of(YEAR, 1, 1).datesUntil(LocalDate.of(YEAR + 1, 1, 1))
                    .filter(d -> !held.contains(d)).findFirst().orElseThrow();
        }
    }

    @Test
    void theCommandLineNeedsASessionDate() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApps.open(data)) {
            app.demo().create(LedgerPdf.DEMO_BRANCH, 8, 20, YEAR);
        }
        Path out = dir.resolve("签到表.pdf");
        CliRun cli = new CliRun(data);
        assertEquals(2, cli.run("ledger", "signin", "--year", String.valueOf(YEAR), "--out", out.toString()));
        assertTrue(cli.err().contains("--session"), cli.err());
        assertFalse(Files.exists(out), "nothing written");

        assertEquals(2, cli.run("ledger", "signin", "--session", empty(data).toString(), "--out", out.toString()));
        assertTrue(cli.err().contains("没有学习活动"), cli.err());
    }
}
